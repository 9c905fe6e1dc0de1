// A real OpenID Connect provider for the tests (the `oidc-provider` package, certified by the
// OpenID Foundation), on loopback. People sign in at its development login form with any
// password; their claims (e-mail, name, groups) are read from `accounts` at each sign-in, so a
// test can change someone's groups between two sign-ins. Consent is taken as given.
// It can also be told to misbehave at its token endpoint, to show that Pacta refuses the ID
// token: signed for another audience (with the provider's own key), or altered after signing.
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, type JsonWebKey } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface OidcTestAccount {
  email: string;
  emailVerified?: boolean;
  name: string;
  groups: string[];
}

export type OidcTampering = "none" | "wrong-audience" | "bad-signature";

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by login name (what is typed into the provider's login form). */
  accounts: Map<string, OidcTestAccount>;
  tampering: OidcTampering;
  close(): Promise<void>;
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString("base64url");

/** Starts the provider on 127.0.0.1 for a relying party whose callback address is `redirectUri`. */
export async function startOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...(privateKey.export({ format: "jwk" }) as JsonWebKey), kid: "test-signing-key", use: "sig", alg: "RS256" };
  const clientId = "pacta";
  const clientSecret = randomBytes(24).toString("base64url");
  const accounts = new Map<string, OidcTestAccount>();

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    // The claims go into the ID token itself (as Entra ID and Keycloak do with their group claims).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    ttl: { Session: 3600, Grant: 3600, Interaction: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: account.email, email_verified: account.emailVerified ?? true, name: account.name, groups: account.groups }),
      };
    },
    // Consent is taken as given: a grant of every scope asked for.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope("openid email profile groups");
      await grant.save();
      return grant;
    },
  });

  const idp: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    accounts,
    tampering: "none",
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const key = createPrivateKey({ key: jwk as JsonWebKey, format: "jwk" });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== "/token" || idp.tampering === "none" || !body?.id_token) return;
    const [header, payload, signature] = body.id_token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (idp.tampering === "wrong-audience") {
      // A well-formed token from this very provider, but issued to another client.
      const altered = b64url(JSON.stringify({ ...claims, aud: "another-application" }));
      body.id_token = `${header}.${altered}.${b64url(sign("RSA-SHA256", Buffer.from(`${header}.${altered}`), key))}`;
    } else {
      // The same signature over other claims: someone rewrote the e-mail on the way.
      body.id_token = `${header}.${b64url(JSON.stringify({ ...claims, email: "intruder@example.edu" }))}.${signature}`;
    }
  });
  server.on("request", provider.callback());
  return idp;
}
