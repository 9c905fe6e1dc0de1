// Attached files in an S3-compatible object store (AWS S3, MinIO, Ceph, the clouds' S3 APIs),
// through the official AWS SDK. An object appears only once its upload is complete, so a
// failed upload never leaves a partial file under a real key.
//
// Configuration (read from the environment):
//   PACTA_STORAGE_URL      s3://bucket/prefix (the prefix is optional)
//   PACTA_S3_ENDPOINT      the store's address, e.g. https://minio.example.edu:9000 (unset: AWS S3)
//   PACTA_S3_REGION        default us-east-1 (MinIO and Ceph accept any)
//   PACTA_S3_PATH_STYLE    "true" for http://host/bucket/key addresses (MinIO, Ceph) instead of http://bucket.host/key
//   PACTA_S3_ACCESS_KEY_ID and PACTA_S3_SECRET_ACCESS_KEY; when unset, the SDK's usual chain
//                          (AWS_ACCESS_KEY_ID…, a profile, an instance role)
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { type DocumentStore, isSha256, sha256Of, storedFileKey } from "./stored-file";

export interface S3StoreSettings {
  bucket: string;
  /** "" or a prefix ending in "/". */
  prefix: string;
  endpoint: string | undefined;
  region: string;
  pathStyle: boolean;
  accessKeyId: string | undefined;
}

/** The S3 settings of the environment, or null when PACTA_STORAGE_URL is unset (the folder store). Throws on a malformed URL. */
export function s3StoreSettings(env: NodeJS.ProcessEnv = process.env): S3StoreSettings | null {
  const raw = env.PACTA_STORAGE_URL?.trim();
  if (!raw) return null;
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(raw);
  if (!match) throw new Error(`PACTA_STORAGE_URL must look like s3://bucket/prefix (a bucket name of 3 to 63 lower-case letters, digits, dots and dashes); got "${raw}"`);
  const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
  return {
    bucket: match[1],
    prefix: prefix ? `${prefix}/` : "",
    endpoint: env.PACTA_S3_ENDPOINT?.trim() || undefined,
    region: env.PACTA_S3_REGION?.trim() || "us-east-1",
    pathStyle: env.PACTA_S3_PATH_STYLE?.trim().toLowerCase() === "true",
    accessKeyId: env.PACTA_S3_ACCESS_KEY_ID?.trim() || undefined,
  };
}

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
};

export class S3Store implements DocumentStore {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly settings: S3StoreSettings, secretAccessKey = process.env.PACTA_S3_SECRET_ACCESS_KEY) {
    this.description = `s3://${settings.bucket}/${settings.prefix}${settings.endpoint ? ` at ${new URL(settings.endpoint).origin}` : ""}`;
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.pathStyle,
      credentials: settings.accessKeyId && secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey } : undefined,
      // Checksums only where the S3 API requires them: not every S3-compatible store knows the newer ones.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      maxAttempts: 3,
    });
  }

  private key(sha256: string) {
    return this.settings.prefix + storedFileKey(sha256);
  }

  async put(content: Uint8Array) {
    const sha256 = sha256Of(content);
    if (await this.has(sha256)) return { sha256, created: false };
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.key(sha256),
        Body: content,
        ContentLength: content.byteLength,
        ContentType: "application/octet-stream",
        // The store checks the bytes it receives against this digest (RFC 1864) and refuses a mismatch.
        ContentMD5: createHash("md5").update(content).digest("base64"),
      }),
    );
    return { sha256, created: true };
  }

  async get(sha256: string) {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(sha256) }));
      return answer.Body ? await answer.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stream(sha256: string): Promise<Readable | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(sha256) }));
      // In Node the SDK's body is a Readable (an http.IncomingMessage).
      return (answer.Body as Readable | undefined) ?? Readable.from([]);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async has(sha256: string) {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(sha256) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async remove(sha256: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(sha256) }));
  }

  async *list(): AsyncIterable<string> {
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.settings.prefix, ContinuationToken }));
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(this.settings.prefix.length).split("/");
        if (name?.length === 2 && isSha256(name[1]) && name[0] === name[1].slice(0, 2)) yield name[1];
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  async checkWritable() {
    // Outside the two-letter folders, so it is never taken for a stored file.
    const Key = `${this.settings.prefix}.ready/${randomBytes(6).toString("hex")}`;
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key, Body: "", ContentLength: 0 }));
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key }));
  }

  /** Closes the client's connections (scripts and tests, when done). */
  close() {
    this.client.destroy();
  }
}
