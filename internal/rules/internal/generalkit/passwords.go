package generalkit

import (
	"strings"
	"unicode"

	"github.com/krait-dev/krait/internal/identifier"
)

// DefaultPasswordWords are the words that make a name look like it holds
// a password, after Bandit's candidates (pass, passphrase, pwd, token,
// secret, secrete); every spelling Bandit's pas+wo?r?d accepts (password,
// passwd, pasword, passwrd, ...) also matches by default.
var DefaultPasswordWords = []string{"pass", "passphrase", "pwd", "token", "secret", "secrete"}

// metadataWords are words that, after the password word of a name, say
// the name holds something about a password rather than the password
// itself: password_url, token_type, PASSWORD_FIELD, secret_name.
var metadataWords = wordSet(`url urls uri uris path paths file filename dir field fields type types
name names prompt label len length min max regex re pattern header headers param params env var
variable endpoint policy format fmt hint help message msg text title placeholder input id ids attr
attribute column col expiry expires expiration ttl timeout lifetime age count enabled required reset
validator validators class mode method changed template view form widget route scope scopes kind
provider location source prefix suffix sep separator delimiter char chars charset alphabet rounds
iterations option opt flag setting config style storage store backend loader`)

// flagWords are words that, before the password word, make the name a
// switch or a question rather than a secret: use_token, is_password,
// show_password.
var flagWords = wordSet(`is has use uses show hide enable enabled disable require requires needs forgot`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// PasswordMatcher recognises names that look like they hold a password.
// A name matches when one of its words (see identifier.Words), or one of
// its underscore-separated parts as a whole, is a password word; matching
// is case-insensitive. It is immutable once built.
type PasswordMatcher struct {
	words        map[string]bool
	banditSpells bool // accept Bandit's pas+wo?r?d spellings
	// needles are substrings one of which every matching name holds in
	// lower case: a cheap test before splitting the name into words.
	needles []string
}

var defaultMatcher = buildMatcher(DefaultPasswordWords, nil, true)

// NewPasswordMatcher builds a matcher from rule options:
// "password_names" replaces the default words (DefaultPasswordWords and
// the spellings of "password"), "extra_password_names" adds to them.
// Without either option it returns the default matcher.
func NewPasswordMatcher(opts map[string]any) *PasswordMatcher {
	names, replace := StringList(opts, "password_names")
	extra, _ := StringList(opts, "extra_password_names")
	if !replace && len(extra) == 0 {
		return defaultMatcher
	}
	if !replace {
		return buildMatcher(DefaultPasswordWords, extra, true)
	}
	return buildMatcher(names, extra, false)
}

func buildMatcher(base, extra []string, banditSpells bool) *PasswordMatcher {
	m := &PasswordMatcher{words: make(map[string]bool), banditSpells: banditSpells}
	if banditSpells {
		m.needles = append(m.needles, "pas")
	}
	for _, list := range [][]string{base, extra} {
		for _, w := range list {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" && !m.words[w] {
				m.words[w] = true
				if !banditSpells || !strings.HasPrefix(w, "pas") {
					m.needles = append(m.needles, w)
				}
			}
		}
	}
	return m
}

// isWord reports whether w (lower case) is a password word.
func (m *PasswordMatcher) isWord(w string) bool {
	return m.words[w] || m.banditSpells && isPasswordSpelling(w)
}

// isPasswordSpelling reports whether w matches Bandit's pas+wo?r?d
// exactly: password, passwd, pasword, passwrd, passd, ...
func isPasswordSpelling(w string) bool {
	if !strings.HasPrefix(w, "pas") {
		return false
	}
	i := 3
	for i < len(w) && w[i] == 's' {
		i++
	}
	for _, c := range []byte("wor") {
		if i < len(w) && w[i] == c {
			i++
		}
	}
	return i == len(w)-1 && w[i] == 'd'
}

// Match reports whether name looks like it holds a password.
func (m *PasswordMatcher) Match(name string) bool {
	matched, _ := m.Classify(name)
	return matched
}

// Classify reports whether name looks like it holds a password and, if
// so, whether it rather looks like it holds something about a password
// (password_url, token_type, use_token): such names are reported with
// low confidence.
func (m *PasswordMatcher) Classify(name string) (matched, metadata bool) {
	if name == "" || len(name) > 256 {
		return false, false
	}
	lower := strings.ToLower(name)
	found := false
	for _, n := range m.needles {
		if strings.Contains(lower, n) {
			found = true
			break
		}
	}
	if !found {
		return false, false
	}
	words := identifier.Words(name)
	at := -1
	for i, w := range words {
		if m.isWord(w) {
			at = i
			break
		}
	}
	if at < 0 {
		// A part such as "PASSwd" may only match as a whole.
		for _, part := range strings.FieldsFunc(strings.ToLower(name), notAlnum) {
			if m.isWord(part) {
				return true, false
			}
		}
		return false, false
	}
	for _, w := range words[at+1:] {
		if metadataWords[w] {
			return true, true
		}
	}
	for _, w := range words[:at] {
		if flagWords[w] {
			return true, true
		}
	}
	return true, false
}

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// PlaceholderValue reports whether a string assigned to a password-like
// name looks like something other than a real secret: a placeholder
// ("***", "<password>", "${DB_PASSWORD}", "%(password)s"), a name or key
// that itself contains a password word ("DB_PASSWORD", "X-Auth-Token"),
// the name it is assigned to, a URL or path, prose, or a spelling of
// None. Such findings keep their place but with low confidence.
func (m *PasswordMatcher) PlaceholderValue(name, value string) bool {
	v := strings.TrimSpace(value)
	if v == "" {
		return true
	}
	lower := strings.ToLower(v)
	switch lower {
	case "none", "null", "nil", "undefined", "n/a", "na", "todo", "fixme":
		return true
	}
	if strings.EqualFold(v, name) {
		return true
	}
	if strings.Trim(v, "*xX.•-_#?") == "" && len(v) >= 3 {
		return true
	}
	if strings.IndexFunc(v, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return true // punctuation only: token == "@"
	}
	if strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") ||
		strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}") ||
		strings.HasPrefix(v, "${") || strings.HasPrefix(v, "$(") ||
		strings.HasPrefix(v, "%(") && strings.HasSuffix(v, "s") ||
		strings.HasPrefix(v, "{{") {
		return true
	}
	if strings.Contains(v, "://") || strings.HasPrefix(v, "/") {
		return true
	}
	if strings.Count(v, " ") >= 2 {
		return true // prose: "Enter your password"
	}
	// An identifier-like value with a password word names a field, a
	// header or an environment variable.
	identLike := true
	for _, r := range v {
		if !(r == '_' || r == '-' || r == '.' || r == ':' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			identLike = false
			break
		}
	}
	if identLike {
		for _, w := range identifier.Words(v) {
			if m.isWord(w) {
				return true
			}
		}
	}
	return false
}
