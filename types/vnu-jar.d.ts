// vnu-jar ships JavaScript only: its export is the path to vnu.jar, as a String object.
declare module "vnu-jar" {
  const vnuJar: string;
  export default vnuJar;
}
