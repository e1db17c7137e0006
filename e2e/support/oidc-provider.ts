import { createServer, type IncomingMessage, type Server } from "node:http";
import Provider from "oidc-provider";

// A real OpenID provider (the oidc-provider package) on loopback, started by
// the SSO spec, standing in for a municipality's Entra ID or Keycloak. The app
// server is started with OIDC_ISSUER and the client below
// (playwright.mail.config.ts); discovery, the signed ID token, PKCE and the
// token exchange are the real protocol. Only the login form is ours: a user
// types the address the provider knows them by, and consent is pre-given, as
// an organisation's own provider does for its own services.
export const oidcPort = Number(process.env.E2E_OIDC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2000);
export const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
export const oidcClient = { id: "kravlots-e2e", secret: "e2e-only-oidc-client-secret-0123456789" };

export type IdpUser = { login: string; email: string; emailVerified: boolean; name: string };

export type OidcProvider = {
  // The accounts the provider knows, by the login typed into its form.
  addUser(user: IdpUser): void;
  close(): Promise<void>;
};

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let raw = "";
  for await (const chunk of req) raw += String(chunk);
  return new URLSearchParams(raw);
}

const escape = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startOidcProvider(appOrigin: string): Promise<OidcProvider> {
  const users = new Map<string, IdpUser>();
  const provider = new Provider(oidcIssuer, {
    clients: [
      {
        client_id: oidcClient.id,
        client_secret: oidcClient.secret,
        redirect_uris: [`${appOrigin}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The address in the ID token itself, as Entra ID and Keycloak send it.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const user = users.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: user.email, email_verified: user.emailVerified, name: user.name }),
      };
    },
    // Consent is given by the organisation for its own services.
    loadExistingGrant: async (ctx) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  });
  const callback = provider.callback();
  const server: Server = createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? "");
    if (!match) {
      void callback(req, res);
      return;
    }
    const handle = async () => {
      const details = await provider.interactionDetails(req, res);
      if (req.method === "POST" && match[2]) {
        const login = (await formBody(req)).get("login") ?? "";
        if (!users.has(login)) throw new Error(`the test provider knows no ${login}`);
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: login } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      if (details.prompt.name !== "login") throw new Error(`unexpected prompt ${details.prompt.name}`);
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(
        `<!doctype html><html lang="sv"><head><title>Kommunens inloggning</title></head><body><main>` +
          `<h1>Kommunens inloggning</h1><form method="post" action="/interaction/${escape(details.uid)}/login">` +
          `<label for="login">Användarnamn</label> <input id="login" name="login" autocomplete="username">` +
          `<button type="submit">Fortsätt</button></form></main></body></html>`,
      );
    };
    handle().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(oidcPort, "127.0.0.1", () => resolve());
  });
  return {
    addUser: (user) => users.set(user.login, user),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
