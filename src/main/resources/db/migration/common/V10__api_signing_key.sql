-- api_signing_key: the key pairs that sign the API's access tokens (RS256). The newest row without retired_at
-- signs; a retired key stays (and is published in /oauth/jwks.json) until the last token it signed has
-- expired, then rotation removes it. private_jwk is the whole key pair as a JWK (RFC 7517): this table is the
-- only place the private key lives outside memory, so the database's access rules protect it.
CREATE TABLE api_signing_key (
    kid          VARCHAR(64)    NOT NULL PRIMARY KEY,
    algorithm    VARCHAR(16)    NOT NULL,
    private_jwk  VARCHAR(16000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at   TIMESTAMP WITH TIME ZONE
);
