// Package identifier splits identifiers, dictionary keys, header names
// and option names into words, so that rules can recognise names such as
// db_password, userAPIKey or X-Auth-Token by their words.
package identifier

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words splits s into its words, each lower-cased with strings.ToLower:
//
//   - A word is a run of letters (unicode.IsLetter, so non-ASCII letters
//     such as é, ñ, Σ or 密 belong to words). Every other rune is a
//     separator and is dropped: "_", "-", ".", spaces, punctuation,
//     combining marks, invalid UTF-8, and digits ("password2" is
//     password; "md5Hash" is md, hash).
//   - A lower-case letter followed by an upper-case letter starts a new
//     word ("dbPassword" is db, password).
//   - In a run of upper-case letters followed by a lower-case letter, the
//     last upper-case letter starts a new word, so an acronym stays whole
//     ("HTTPServer" is http, server; "userAPIKey" is user, api, key).
//     This also splits plural acronyms ("userIDs" is user, i, ds).
//   - Any other pair of adjacent letters stays in one word: an all-caps
//     run ("SECRET_KEY" is secret, key), and letters without case such as
//     CJK ("密码Token" is 密码token). Upper and lower case are Unicode's
//     (unicode.IsUpper, unicode.IsLower).
//
// Every word is non-empty. Words returns nil when s has no letters.
func Words(s string) []string {
	var words []string
	start := -1 // byte offset where the current word starts, or -1
	var prev rune
	for i, r := range s {
		if !unicode.IsLetter(r) {
			if start >= 0 {
				words = append(words, strings.ToLower(s[start:i]))
				start = -1
			}
			continue
		}
		if start >= 0 && unicode.IsUpper(r) {
			split := unicode.IsLower(prev) // dbPassword
			if !split && unicode.IsUpper(prev) {
				next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
				split = unicode.IsLower(next) // HTTPServer
			}
			if split {
				words = append(words, strings.ToLower(s[start:i]))
				start = i
			}
		}
		if start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		words = append(words, strings.ToLower(s[start:]))
	}
	return words
}
