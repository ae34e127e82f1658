// A throwaway S3-compatible server (the npm package s3rver, a devDependency)
// for the tests and `npm run cluster`: posters shared by every instance.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export const POSTER_BUCKET = "marquee-posters";

/** Starts s3rver on 127.0.0.1 with the poster bucket; the env an instance needs to use it, and stop(). */
export async function startS3() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: POSTER_BUCKET }] });
  const { port } = await server.run();
  return {
    env: {
      MARQUEE_S3_BUCKET: POSTER_BUCKET,
      MARQUEE_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      // s3rver accepts these fixed credentials only.
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
    },
    stop: async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
