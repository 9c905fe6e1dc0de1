// How PACTA_STORAGE_URL and the PACTA_S3_* variables are read: unset means the folder; a
// bucket with or without a prefix; path style and credentials; a malformed URL refused
// with a sentence that says what it must look like.
import { describe, expect, it } from "vitest";
import { s3StoreSettings } from "@/lib/documents/s3-store";

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("the S3 store's settings", () => {
  it("are absent when PACTA_STORAGE_URL is unset or empty (the folder store)", () => {
    expect(s3StoreSettings(env({}))).toBeNull();
    expect(s3StoreSettings(env({ PACTA_STORAGE_URL: "  " }))).toBeNull();
  });

  it("read the bucket and a prefix, which always ends in one slash", () => {
    expect(s3StoreSettings(env({ PACTA_STORAGE_URL: "s3://pacta-files" }))).toMatchObject({ bucket: "pacta-files", prefix: "" });
    expect(s3StoreSettings(env({ PACTA_STORAGE_URL: "s3://pacta-files/" }))).toMatchObject({ bucket: "pacta-files", prefix: "" });
    expect(s3StoreSettings(env({ PACTA_STORAGE_URL: "s3://pacta-files/prod/documents/" }))).toMatchObject({ prefix: "prod/documents/" });
  });

  it("default to AWS in us-east-1 with virtual-host addresses; MinIO's settings are taken as given", () => {
    expect(s3StoreSettings(env({ PACTA_STORAGE_URL: "s3://pacta-files" }))).toEqual({
      bucket: "pacta-files",
      prefix: "",
      endpoint: undefined,
      region: "us-east-1",
      pathStyle: false,
      accessKeyId: undefined,
    });
    expect(
      s3StoreSettings(
        env({
          PACTA_STORAGE_URL: "s3://pacta/files",
          PACTA_S3_ENDPOINT: "https://minio.example.edu:9000",
          PACTA_S3_REGION: "eu-central-1",
          PACTA_S3_PATH_STYLE: "TRUE",
          PACTA_S3_ACCESS_KEY_ID: "pacta",
        }),
      ),
    ).toEqual({ bucket: "pacta", prefix: "files/", endpoint: "https://minio.example.edu:9000", region: "eu-central-1", pathStyle: true, accessKeyId: "pacta" });
  });

  it("refuse a URL that is not s3://bucket/prefix", () => {
    for (const url of ["https://bucket.s3.amazonaws.com/x", "s3://", "s3://Upper-Case", "s3://ab", "/var/pacta/files"]) {
      expect(() => s3StoreSettings(env({ PACTA_STORAGE_URL: url }))).toThrow(/must look like s3:\/\/bucket\/prefix/);
    }
  });
});
