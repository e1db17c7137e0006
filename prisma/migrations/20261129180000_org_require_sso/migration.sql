-- Issue 16: how each sign-in was made (password or the organisation's OpenID
-- provider), and an organisation's rule that its members sign in through SSO.
ALTER TABLE "Session" ADD COLUMN "signInMethod" TEXT NOT NULL DEFAULT 'password';

ALTER TABLE "Organization" ADD COLUMN "requireSso" BOOLEAN NOT NULL DEFAULT false;
