// Package pep503 normalises and validates Python project names.
//
// Normalisation follows PEP 503 (the "Names and normalization" section of
// the PyPA specifications): runs of "-", "_" and "." become a single "-"
// and the name is lower-cased, so "Foo.Bar__baz" and "foo-bar-baz" name the
// same project. Validity follows the core metadata specification: ASCII
// letters and digits, with ".", "-" and "_" allowed inside but not at either
// end.
package pep503

import "strings"

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isSep(c byte) bool { return c == '-' || c == '_' || c == '.' }

// Normalize returns the PEP 503 normal form of name:
// re.sub(r"[-_.]+", "-", name).lower(). It does not validate the name.
func Normalize(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isSep(c) {
			b.WriteByte('-')
			for i+1 < len(name) && isSep(name[i+1]) {
				i++
			}
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	// Non-ASCII letters are lower-cased too, as Python's str.lower does.
	return strings.ToLower(b.String())
}

// Valid reports whether name is a valid project name:
// ^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$, case-insensitively.
func Valid(name string) bool {
	if name == "" || !isAlnum(name[0]) || !isAlnum(name[len(name)-1]) {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !isAlnum(name[i]) && !isSep(name[i]) {
			return false
		}
	}
	return true
}

// Equal reports whether two names denote the same project.
func Equal(a, b string) bool { return Normalize(a) == Normalize(b) }
