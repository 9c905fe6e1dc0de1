// A SAML 2.0 identity provider for the tests, on loopback: it publishes its metadata, answers
// Pacta's AuthnRequest (HTTP-Redirect binding) with a Response whose assertion it signs with a
// test key (xml-crypto, RSA-SHA256, exclusive c14n), and posts it back through the browser
// (HTTP-POST binding). It can also be told to misbehave, to show that Pacta refuses: another
// audience, an expired window, another recipient, or an assertion altered after signing.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { inflateRawSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
import { SignedXml } from "xml-crypto";

// A throwaway key and self-signed certificate made for these tests only (openssl req -x509, RSA 2048, 100 years).
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCaC1qKj7QbNdsX
+RmIJCiRR7nMjyuHFwVsPoZfEvZBYqjv8khz9zVitX9wo2e4oOvbaXKQj0mcziNS
JOJxShYlwqAO6trrE1Rzq54wfBBNKOFfFEh0aOAycjarGmFtzajE2bNzw/0Xp12p
0HhnEl5K2dmA7z0/ior+JZ9/2xbYrFQqrhgXQ06tcPQdqTK+M86U5i7aizhV1JKz
uo2Lw1qEGc5KB/8DlLmJtZ0tKGcFD7bjC9R3TPEQDSMEobiY5rlxzYzEi5RxdhLK
rZyPOV0YMGHJOj46L7oebUwlrF7uDWyltuUQdbXvY+HweRSEzwMmL/zqJAiKolZX
3PZ+Uk4ZAgMBAAECggEAEAa43XwMYp1UhTa5AYkzgEPcUGwfvO739TY/EBKetJhB
V69W+tuf/fxAfTU+4/4384yRqvkBUVM/6Pql5V/uFHEealbkPjs1WNBkxYoOvxxO
8C+hxxynIJBx4BS/SKdyFMLKcPOVt/mFXNavxBds4HAwOQIK1vrAsaaz5J8kThfc
TlUy20/DuSHKJNkoYTzhLtilcmoxRwjYBrzhYVCyxrTmN1KrLOmyy0+CbzIE/mP/
I1ZqR7B09EyxY0kf55CxsUad8h3b0chVFKels46aohHwwfXabJzSiA/hUMe0sNIX
xBqtEX49rPThgImPcE0Ix9KBXBefynrtJTMrGkGVYQKBgQDQclaOAbAJJvPeNStr
hatFM+ThIjGGaMtQ1Pf2pu1OSWXo2KVfMcHSnzBKXqi8yDpwBNVaTxhohNJKdWQH
CgI5GNcRS++Y/cvUCywZWGQ8Ee7nopP9vaa4uaLw01LW1Y3yXlH//wihOwR5tJPH
sgBiL/6FtmqWo41ED5fZ2XXJcQKBgQC9L9LOXwexIwv59YvNdRrDffp8wQJKF68n
PyxQuzaOnMRc+2GvigCk9zgEDhNf19Cviz4t2+vINA+FFeZ5zd9urHkRwpoDcaG+
+oBYObPnHLSoKIXHWDpgyzXucz+103orxYYPesnEVrYaZOmloCrntExSu0bIbv3h
wiSREYg7KQKBgDsldnHtAKpYJzKSG7PyxdppEzTeovbknWxeQc33J7bjFMuxTZtp
XvoIuYcgvPh0SECo3nE1qFNf/Nur26ozqNXSupPp3B6pRUDxup2meyqgXA3WD/Ab
9EbORfHXxNW42wI+yT2+fBBj0q1GE/jCBWHXBH2keTItTlRVqFzkW4vBAoGBAJlR
A17ZZotoIpGMK6LyjyD0nCWz6N4QuZJtwMUgIwOKChxsYGr4xLLr4kpu+caHSIiq
qFZTzo2tmxI4gFIfxD2Vqnv5IAVAdlsl+RMGmEPoYIOSa2/0kULWDDvUzEHXQz/r
0EwFLzRdLTDQrQTbe0nRNLUrLh7KzBbD1gx2j9eZAoGBAKI8Q0pUd5nbFC8ppYlK
VDCM5n0Ieo8bnV/Nz7PqZfhDMb5OJFZn8RqEq3M2/nK0B7FGrwG/j7t6E9OIKkHC
WM+fh3IF7Us+UNnkqOSB2uv3Ntjk0/UL7H5dxZt5L23R1/tMUT0hvsoap/eKSyvy
MN4q5tkzKF2hoVU/JLUQClmO
-----END PRIVATE KEY-----`;
const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIDMTCCAhmgAwIBAgIUBL4SSQgkxTP5Q1eUOS0I0rHueF4wDQYJKoZIhvcNAQEL
BQAwJzElMCMGA1UEAwwcUGFjdGEgdGVzdCBpZGVudGl0eSBwcm92aWRlcjAgFw0y
NjExMzAyMDE2MTVaGA8yMTI2MTEwNjIwMTYxNVowJzElMCMGA1UEAwwcUGFjdGEg
dGVzdCBpZGVudGl0eSBwcm92aWRlcjCCASIwDQYJKoZIhvcNAQEBBQADggEPADCC
AQoCggEBAJoLWoqPtBs12xf5GYgkKJFHucyPK4cXBWw+hl8S9kFiqO/ySHP3NWK1
f3CjZ7ig69tpcpCPSZzOI1Ik4nFKFiXCoA7q2usTVHOrnjB8EE0o4V8USHRo4DJy
NqsaYW3NqMTZs3PD/RenXanQeGcSXkrZ2YDvPT+Kiv4ln3/bFtisVCquGBdDTq1w
9B2pMr4zzpTmLtqLOFXUkrO6jYvDWoQZzkoH/wOUuYm1nS0oZwUPtuML1HdM8RAN
IwShuJjmuXHNjMSLlHF2EsqtnI85XRgwYck6Pjovuh5tTCWsXu4NbKW25RB1te9j
4fB5FITPAyYv/OokCIqiVlfc9n5SThkCAwEAAaNTMFEwHQYDVR0OBBYEFNCfcd0U
sYlpY/spXQjr2XEDZPDsMB8GA1UdIwQYMBaAFNCfcd0UsYlpY/spXQjr2XEDZPDs
MA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEBAI468gIYpmW3mIEk
VilvWY+QvJsmSKNJg7y7pJFUJ4y8Y5n6ShPdPd0DyIaEGdiVf9So79OtKxrVDGYg
KxcH7B/HlmlmIF7dgLBca6LRajhNhQpF+ssbcXvNde1OzVbKJXAA8QEfJvUmYB0t
mSEfjno5keYScfYs8JtAlrXaO7RMQ1PE0NljpXR4c63opt9QqbSjG8WdWSg4HJGl
S+dcA6Zk2IUxu+R1h1y0Rb5eRKXWQGepbmnwNGSCCYakR2HhlCJvXONh91HvD1nv
DVaPnRzkdHn+L26aY4raftXbtnYVFvcRd6cY2zRMBK+PlwO2Tzca4PGyx7/1BaV1
KAZAVNU=
-----END CERTIFICATE-----`;
const certBody = TEST_CERT.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");

export interface SamlTestUser {
  nameId: string;
  email: string;
  name: string;
  groups: string[];
}

export interface SamlTampering {
  audience?: string;
  recipient?: string;
  /** The assertion's window ended this many seconds ago. */
  expiredSecondsAgo?: number;
  /** The e-mail is changed after the assertion was signed. */
  alterAfterSigning?: boolean;
}

export interface SamlAnswer {
  acs: string;
  SAMLResponse: string;
  RelayState: string;
}

export interface TestSamlIdentityProvider {
  url: string;
  entityId: string;
  metadataUrl: string;
  metadata: string;
  /** Who signs in at the next request. */
  user: SamlTestUser;
  /** How the next answers misbehave (none by default). */
  tampering: SamlTampering;
  /** The last answer the IdP gave (for replaying it). */
  lastAnswer: SamlAnswer | null;
  /** The answer to the request in `redirectUrl` (Pacta's redirect to the IdP). */
  answer(redirectUrl: string): SamlAnswer;
  close(): Promise<void>;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const id = () => `_${randomBytes(16).toString("hex")}`;
const instant = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");

function readRequest(redirectUrl: string) {
  const url = new URL(redirectUrl);
  const xml = inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest") ?? "", "base64")).toString("utf8");
  const request = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
  return { id: request.getAttribute("ID")!, acs: request.getAttribute("AssertionConsumerServiceURL")!, relayState: url.searchParams.get("RelayState") ?? "" };
}

function attribute(name: string, values: string[]) {
  return `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${values
    .map((v) => `<saml:AttributeValue>${escapeXml(v)}</saml:AttributeValue>`)
    .join("")}</saml:Attribute>`;
}

/** Starts the IdP on 127.0.0.1; `audience` is what it puts in assertions (the SP's entity ID). */
export async function startSamlIdentityProvider(audience: string): Promise<TestSamlIdentityProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entityId = `${url}/metadata`;
  const metadata = `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${url}/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

  const idp: TestSamlIdentityProvider = {
    url,
    entityId,
    metadataUrl: `${url}/metadata`,
    metadata,
    user: { nameId: "saml-person", email: "saml-person@example.edu", name: "SAML Person", groups: [] },
    tampering: {},
    lastAnswer: null,
    answer(redirectUrl) {
      const request = readRequest(redirectUrl);
      const t = idp.tampering;
      const now = Date.now();
      const end = t.expiredSecondsAgo !== undefined ? now - t.expiredSecondsAgo * 1000 : now + 5 * 60_000;
      const start = Math.min(now, end) - 5 * 60_000;
      const recipient = t.recipient ?? request.acs;
      const assertionId = id();
      const user = idp.user;
      const xml =
        `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id()}" Version="2.0" IssueInstant="${instant(start)}" Destination="${escapeXml(request.acs)}" InResponseTo="${request.id}">` +
        `<saml:Issuer>${entityId}</saml:Issuer>` +
        `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
        `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${assertionId}" Version="2.0" IssueInstant="${instant(start)}">` +
        `<saml:Issuer>${entityId}</saml:Issuer>` +
        `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${escapeXml(user.nameId)}</saml:NameID>` +
        `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${request.id}" NotOnOrAfter="${instant(end)}" Recipient="${escapeXml(recipient)}"/></saml:SubjectConfirmation></saml:Subject>` +
        `<saml:Conditions NotBefore="${instant(start)}" NotOnOrAfter="${instant(end)}"><saml:AudienceRestriction><saml:Audience>${escapeXml(t.audience ?? audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
        `<saml:AuthnStatement AuthnInstant="${instant(start)}" SessionIndex="${id()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
        `<saml:AttributeStatement>` +
        attribute("urn:oid:0.9.2342.19200300.100.1.3", [user.email]) +
        attribute("urn:oid:2.16.840.1.113730.3.1.241", [user.name]) +
        (user.groups.length ? attribute("urn:oid:1.3.6.1.4.1.5923.1.1.1.7", user.groups) : "") +
        `</saml:AttributeStatement></saml:Assertion></samlp:Response>`;
      const signature = new SignedXml({
        privateKey: TEST_KEY,
        publicCert: TEST_CERT,
        signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
        canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
      });
      signature.addReference({
        xpath: "//*[local-name(.)='Assertion']",
        digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
        transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
      });
      signature.computeSignature(xml, { prefix: "ds", location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: "after" } });
      let signed = signature.getSignedXml();
      if (t.alterAfterSigning) signed = signed.replace(escapeXml(user.email), "intruder@example.edu");
      const answer = { acs: request.acs, SAMLResponse: Buffer.from(signed).toString("base64"), RelayState: request.relayState };
      idp.lastAnswer = answer;
      return answer;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  server.on("request", (req, res) => {
    const here = new URL(req.url ?? "/", url);
    if (here.pathname === "/metadata") {
      res.writeHead(200, { "Content-Type": "application/samlmetadata+xml" }).end(metadata);
      return;
    }
    if (here.pathname === "/sso") {
      // The person is signed in at the IdP already: the answer goes straight back, posted by the browser.
      const answer = idp.answer(here.toString());
      const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeXml(value)}">`;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(
        `<!doctype html><html lang="en"><title>Test IdP</title><body><form method="post" action="${escapeXml(answer.acs)}">` +
          `${field("SAMLResponse", answer.SAMLResponse)}${field("RelayState", answer.RelayState)}<button type="submit">Continue</button></form>` +
          `<script>document.forms[0].submit()</script></body></html>`,
      );
      return;
    }
    res.writeHead(404).end();
  });
  return idp;
}
