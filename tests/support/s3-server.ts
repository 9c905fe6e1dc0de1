// A real S3-compatible server for tests (s3rver, in this process): on 127.0.0.1 at a port
// the system picks, its objects in a temporary folder, one bucket created; stopped and
// removed by `stop()`. `env` holds the settings that point Pacta's S3 store at it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
// @ts-expect-error: s3rver ships no type declarations
import S3rver from "s3rver";

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  env: Record<string, string>;
  /** Points PACTA_STORAGE_URL and the PACTA_S3_* settings at this server (returns a function that puts the old ones back). */
  use(prefix?: string): () => void;
  /** Stops serving (the objects are kept) until `serveAgain()`, on the same port. */
  stopServing(): Promise<void>;
  serveAgain(): Promise<void>;
  stop(): Promise<void>;
}

// s3rver accepts this one pair of credentials.
const ACCESS_KEY = "S3RVER";

export async function startS3Server(bucket = "pacta-test"): Promise<TestS3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "pacta-s3-"));
  let server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory });
  const { port } = (await server.run()) as { port: number };
  let serving = true;
  const endpoint = `http://127.0.0.1:${port}`;
  const admin = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: ACCESS_KEY } });
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  admin.destroy();
  const env = {
    PACTA_S3_ENDPOINT: endpoint,
    PACTA_S3_REGION: "us-east-1",
    PACTA_S3_PATH_STYLE: "true",
    PACTA_S3_ACCESS_KEY_ID: ACCESS_KEY,
    PACTA_S3_SECRET_ACCESS_KEY: ACCESS_KEY,
  };
  return {
    endpoint,
    bucket,
    env,
    use(prefix = "files") {
      const settings: Record<string, string> = { ...env, PACTA_STORAGE_URL: `s3://${bucket}/${prefix}` };
      const before = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
      Object.assign(process.env, settings);
      return () => {
        for (const [name, value] of Object.entries(before)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      };
    },
    async stopServing() {
      if (serving) await server.close();
      serving = false;
    },
    async serveAgain() {
      server = new S3rver({ address: "127.0.0.1", port, silent: true, directory });
      await server.run();
      serving = true;
    },
    async stop() {
      if (serving) await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
