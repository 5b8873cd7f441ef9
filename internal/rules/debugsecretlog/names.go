package debugsecretlog

import (
	"strings"

	"github.com/krait-dev/krait/internal/identifier"
)

// defaultSecretNames are the words that make a variable, attribute, key
// or keyword name a secret when they end it (password, db_password,
// userPassword, X-Api-Key). A leading "_" means the word counts only after
// another word: "_pwd" matches db_pwd but not pwd, which is also the
// working directory. Left out because they name non-secrets as often:
// a bare "token" (lexers and NLP code), "session_id" (game, chat and
// database sessions; request logs use it for correlation) and
// "credentials" (credential objects, whose repr shows no secret); the
// compound tokens that are secrets are listed instead.
var defaultSecretNames = []string{
	"password", "passwd", "passphrase", "_pwd",
	"secret", "secret_key", "api_key", "access_key", "private_key", "signing_key", "encryption_key",
	"access_token", "refresh_token", "auth_token", "api_token", "bearer_token", "id_token",
	"session_token", "oauth_token", "bot_token", "reset_token", "jwt",
	"authorization", "auth_header", "basic_auth",
}

// qualifierWords are words that, just before the secret word, say the
// value is not the secret itself (hashed_password, masked_token) or is a
// lexer or tokenizer token (eos_token, next_token).
var qualifierWords = toSet(
	"hashed", "encrypted", "masked", "redacted", "fake", "dummy", "example", "sample", "test", "public",
	"eos", "bos", "pad", "unk", "sep", "cls", "mask", "special",
	"next", "prev", "previous", "current", "cur", "last", "first", "start", "end",
)

// flagWords are first words that make a name a flag or a count about a
// secret rather than the secret (is_password_set, has_api_key, num_secrets).
var flagWords = toSet(
	"is", "has", "have", "should", "use", "uses", "require", "requires", "need", "needs",
	"allow", "enable", "no", "num", "count", "len", "min", "max",
)

func toSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// term is a parsed secret name.
type term struct {
	joined   string // its words, lower case, concatenated
	compound bool   // it counts only after another word
}

// parseTerms parses secret names as the option secret_names takes them.
func parseTerms(names []string) []term {
	terms := make([]term, 0, len(names))
	for _, n := range names {
		t := term{compound: strings.HasPrefix(n, "_")}
		t.joined = strings.Join(identifier.Words(n), "")
		if t.joined != "" {
			terms = append(terms, t)
		}
	}
	return terms
}

// isSecretName reports whether name ends with one of terms, and is not a
// flag or a qualified non-secret (see qualifierWords and flagWords).
func isSecretName(name string, terms []term) bool {
	ws := identifier.Words(name)
	if len(ws) == 0 {
		return false
	}
	for _, t := range terms {
		joined := ""
		for k := 1; k <= len(ws); k++ {
			joined = ws[len(ws)-k] + joined
			if len(joined) > len(t.joined) {
				break
			}
			if joined != t.joined {
				continue
			}
			rest := ws[:len(ws)-k]
			switch {
			case t.compound && len(rest) == 0:
			case len(rest) > 0 && qualifierWords[rest[len(rest)-1]]:
			case len(rest) > 0 && flagWords[rest[0]]:
			default:
				return true
			}
			break
		}
	}
	return false
}
