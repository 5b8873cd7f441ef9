package identifier

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		rule string
		in   string
		want []string
	}{
		// No letters, no words.
		{"empty", "", nil},
		{"separators only", "_-. ", nil},
		{"digits only", "123", nil},

		// Separators: every rune that is not a letter.
		{"one word", "password", []string{"password"}},
		{"snake_case", "db_password", []string{"db", "password"}},
		{"kebab-case", "X-Auth-Token", []string{"x", "auth", "token"}},
		{"dotted", "db.password", []string{"db", "password"}},
		{"spaces", "api key", []string{"api", "key"}},
		{"leading and trailing separators", "__secret__", []string{"secret"}},
		{"repeated separators", "a__b--c", []string{"a", "b", "c"}},
		{"punctuation", "user[password]", []string{"user", "password"}},
		{"invalid UTF-8", "a\xffb", []string{"a", "b"}},
		{"combining mark", "pass\u0301word", []string{"pass", "word"}},

		// Digits are separators and are dropped (the copy in generalkit
		// kept them as words of their own: password, 2).
		{"trailing digit", "password2", []string{"password"}},
		{"inner digit", "md5Hash", []string{"md", "hash"}},
		{"digit then camelCase", "dbPassword2", []string{"db", "password"}},
		{"digit in acronym", "HTTP2Server", []string{"http", "server"}},
		{"non-ASCII digit", "٣password", []string{"password"}},

		// Lower to upper case starts a word.
		{"camelCase", "dbPassword", []string{"db", "password"}},
		{"PascalCase", "UserPassword", []string{"user", "password"}},
		{"single letters", "aBcD", []string{"a", "bc", "d"}},

		// Acronyms stay whole (the copy in taint kept HTTPServer as one
		// word, httpserver).
		{"leading acronym", "HTTPServer", []string{"http", "server"}},
		{"inner acronym", "userAPIKey", []string{"user", "api", "key"}},
		{"acronyms in a row", "HTTPAuthHeader", []string{"http", "auth", "header"}},
		{"trailing acronym", "sessionID", []string{"session", "id"}},
		{"acronym before word", "CSRFToken", []string{"csrf", "token"}},
		{"plural acronym", "userIDs", []string{"user", "i", "ds"}},
		{"upper then lower", "ABc", []string{"a", "bc"}},
		{"lower then upper run", "aBC", []string{"a", "bc"}},

		// All caps stay one word.
		{"SCREAMING_SNAKE_CASE", "SECRET_KEY", []string{"secret", "key"}},
		{"all caps", "PASSWORD", []string{"password"}},
		{"one upper-case letter", "A", []string{"a"}},

		// Non-ASCII letters belong to words and follow the same case
		// rules (the copy in taint split at them: na, ve, password).
		{"accented letters", "naïvePassword", []string{"naïve", "password"}},
		{"accented capital", "ÉtéPassword", []string{"été", "password"}},
		{"ñ", "contraseñaToken", []string{"contraseña", "token"}},
		{"Greek capitals", "ΣΎΝΘΗΜΑ_key", []string{"σύνθημα", "key"}},
		{"Cyrillic camelCase", "парольПользователя", []string{"пароль", "пользователя"}},
		{"letters without case", "密码Token", []string{"密码token"}},
		{"dotted capital I", "İd", []string{"id"}},
	} {
		if got := Words(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%s: Words(%q) = %q, want %q", c.rule, c.in, got, c.want)
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{
		"", "db_password", "userAPIKey", "HTTPServer", "password2", "X-Auth-Token",
		"naïvePassword", "密码Token", "ΣΎΝΘΗΜΑ", "İd", "a\xffb", "pass\u0301word", "ǅemo",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := Words(s)
		for _, w := range words {
			if w == "" {
				t.Fatalf("Words(%q) = %q: empty word", s, words)
			}
			if strings.ToLower(w) != w {
				t.Fatalf("Words(%q) = %q: %q is not lower case", s, words, w)
			}
		}
		// The words are the letters of s, lower-cased, in order.
		var letters []rune
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters = append(letters, unicode.ToLower(r))
			}
		}
		if got := strings.Join(words, ""); got != string(letters) {
			t.Fatalf("Words(%q) = %q: letters %q, want %q", s, words, got, string(letters))
		}
	})
}
