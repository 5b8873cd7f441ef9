// Package generalkit holds what krait's general rules (Bandit B101-B113)
// share: reading rule options with defaults, matching password-like
// names, Bandit-style file-name globs, and telling string literals the
// program uses from those it only compares or discards.
//
// Everything here is stateless or immutable after package
// initialisation; analyzers build what depends on options per pass.
package generalkit

import "strings"

// StringList returns the option name of opts as a list of strings. A
// single string counts as a list of one; []string and []any (as decoded
// from TOML) are accepted, and entries that are not strings are skipped.
// ok is false when the option is absent or of another type.
func StringList(opts map[string]any, name string) (list []string, ok bool) {
	v, present := opts[name] // a nil map reads as empty
	if !present {
		return nil, false
	}
	switch x := v.(type) {
	case string:
		return []string{x}, true
	case []string:
		return append([]string(nil), x...), true
	case []any:
		for _, e := range x {
			if s, isStr := e.(string); isStr {
				list = append(list, s)
			}
		}
		return list, true
	}
	return nil, false
}

// Bool returns the boolean option name of opts, or def when it is absent
// or not a boolean.
func Bool(opts map[string]any, name string, def bool) bool {
	if b, ok := opts[name].(bool); ok {
		return b
	}
	return def
}

// Fnmatch reports whether name matches the shell pattern pat as Python's
// fnmatch.fnmatch does on POSIX (which Bandit uses for its path options):
// '*' matches any run of characters including '/', '?' one character,
// and '[...]' a class ('[!...]' negated). A malformed class matches its
// '[' literally.
func Fnmatch(name, pat string) bool {
	// Iterative matching with backtracking on the last '*'.
	n, p := 0, 0
	starP, starN := -1, 0
	for n < len(name) {
		if p < len(pat) {
			switch pat[p] {
			case '*':
				starP, starN = p, n
				p++
				continue
			case '?':
				n++
				p++
				continue
			case '[':
				if end, matched, ok := matchClass(pat, p, name[n]); ok {
					if matched {
						n++
						p = end
						continue
					}
				} else if name[n] == '[' {
					n++
					p++
					continue
				}
			default:
				if pat[p] == name[n] {
					n++
					p++
					continue
				}
			}
		}
		if starP < 0 {
			return false
		}
		starN++
		n = starN
		p = starP + 1
	}
	for p < len(pat) && pat[p] == '*' {
		p++
	}
	return p == len(pat)
}

// matchClass matches c against the class starting at pat[i] == '['. It
// returns the index after the class, whether c is in it, and false when
// the class is not closed.
func matchClass(pat string, i int, c byte) (end int, matched, ok bool) {
	j := i + 1
	negate := false
	if j < len(pat) && pat[j] == '!' {
		negate = true
		j++
	}
	first := true
	for j < len(pat) && (first || pat[j] != ']') {
		first = false
		lo := pat[j]
		hi := lo
		if j+2 < len(pat) && pat[j+1] == '-' && pat[j+2] != ']' {
			hi = pat[j+2]
			j += 2
		}
		if lo <= c && c <= hi {
			matched = true
		}
		j++
	}
	if j >= len(pat) {
		return 0, false, false
	}
	return j + 1, matched != negate, true
}

// IsTestFile reports whether path looks like a test module: test_*.py,
// *_test.py, conftest.py, or a file below a tests/ or test/ directory.
func IsTestFile(path string) bool {
	path = strings.ReplaceAll(path, "\\", "/")
	parts := strings.Split(path, "/")
	base := parts[len(parts)-1]
	if strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "conftest.py" {
		return true
	}
	for _, dir := range parts[:len(parts)-1] {
		if dir == "tests" || dir == "test" || dir == "testing" {
			return true
		}
	}
	return false
}
