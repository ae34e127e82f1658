import fs from "node:fs/promises";
import path from "node:path";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

// Where uploaded posters are kept. The embedded default is a local folder
// (MARQUEE_UPLOAD_DIR). With MARQUEE_S3_BUCKET set, an S3-compatible object
// store, so that every instance serves every poster whichever one stored it;
// chosen over PostgreSQL large objects because posters are write-once blobs
// that a managed store keeps, replicates and backs up apart from the database.
// Either way readers get them from app/media/[...path] on the site's own origin.

export type PosterStore = {
  put(name: string, bytes: Buffer, type: string): Promise<void>;
  get(name: string): Promise<Uint8Array | null>;
};

export function uploadDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.MARQUEE_UPLOAD_DIR || "data/uploads");
}

function folderStore(): PosterStore {
  const dir = () => path.join(uploadDir(), "posters");
  return {
    async put(name, bytes) {
      await fs.mkdir(dir(), { recursive: true });
      await fs.writeFile(path.join(dir(), name), bytes, { flag: "wx" });
    },
    async get(name) {
      return fs.readFile(path.join(dir(), name)).catch(() => null);
    },
  };
}

function s3Store(bucket: string): PosterStore {
  const endpoint = process.env.MARQUEE_S3_ENDPOINT || undefined;
  const client = new S3Client({
    region: process.env.MARQUEE_S3_REGION || "us-east-1",
    endpoint,
    // S3-compatible servers (MinIO, Garage, s3rver) address buckets by path.
    forcePathStyle: Boolean(endpoint),
    // Checksums only where S3 requires them: some compatible servers store
    // the checksum-framed upload body as the object otherwise.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const key = (name: string) => `posters/${name}`;
  return {
    async put(name, bytes, type) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key(name), Body: bytes, ContentType: type }));
    },
    async get(name) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key(name) }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
  };
}

let store: PosterStore | null = null;

export function posterStore(): PosterStore {
  const bucket = process.env.MARQUEE_S3_BUCKET;
  store ??= bucket ? s3Store(bucket) : folderStore();
  return store;
}
