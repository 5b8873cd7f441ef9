package debugsecretlog

import "testing"

func TestIsSecretName(t *testing.T) {
	terms := parseTerms(defaultSecretNames)
	yes := []string{
		"password", "db_password", "userPassword", "PASSWORD", "new_password", "passwd",
		"api_key", "apikey", "apiKey", "X-Api-Key", "stripe_api_key", "SECRET_KEY", "client_secret",
		"aws_secret_access_key", "access_token", "refreshToken",
		"Authorization", "db_pwd", "private_key", "jwt", "password_reset_token", "session_token",
		"userAPIKey", "password2", "HTTPAuthHeader", "__secret__",
	}
	no := []string{
		"password_hash", "hashed_password", "password_length", "is_password_set", "has_api_key",
		"token", "tokens", "next_token", "eos_token", "pwd", "secret_name", "api_key_id",
		"aws_access_key_id", "token_type", "passwords_match", "num_secrets", "author", "oauth",
		"authenticated", "public_key", "key", "session", "masked_password", "", "secretary",
		"session_id", "game_session_id", "credentials", "ignored_credentials",
	}
	for _, n := range yes {
		if !isSecretName(n, terms) {
			t.Errorf("isSecretName(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if isSecretName(n, terms) {
			t.Errorf("isSecretName(%q) = true, want false", n)
		}
	}
}
