package fix

import (
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pep508"
)

// span is a half-open byte range [start, end).
type span struct{ start, end int }

// findVersion locates, in the PEP 508 requirement s, the version text of
// the clause an edit rewrites: the "==V" or "===V" pin, or with floor the
// ">=V" floor, whose version equals from. The requirement must name name.
func findVersion(s, name, from string, floor bool) (span, error) {
	r, err := pep508.ParseRequirement(s)
	if err != nil {
		return span{}, fmt.Errorf("%q is not a valid requirement: %v", s, err)
	}
	if !pep503.Equal(r.Name, name) {
		return span{}, fmt.Errorf("%q names %s, not %s", s, r.Name, name)
	}
	if r.URL != "" {
		return span{}, fmt.Errorf("%q is a direct reference (name @ URL), not a version pin", s)
	}
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	if i < len(s) && s[i] == '[' {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return span{}, fmt.Errorf("%q: unterminated extras", s)
		}
		i += j + 1
	}
	end := len(s)
	if j := strings.IndexByte(s[i:], ';'); j >= 0 {
		end = i + j
	}
	found := span{-1, -1}
	for i < end {
		j := strings.IndexByte(s[i:end], ',')
		ce := end
		if j >= 0 {
			ce = i + j
		}
		if sp, ok := matchClause(s, i, ce, from, floor); ok {
			if found.start >= 0 {
				return span{}, fmt.Errorf("%q has more than one clause for version %s", s, from)
			}
			found = sp
		}
		i = ce + 1
	}
	if found.start < 0 {
		want := "==" + from
		if floor {
			want = ">=" + from
		}
		return span{}, fmt.Errorf("%q has no %s clause", s, want)
	}
	return found, nil
}

// matchClause checks the clause s[a:b] and returns the span of its version
// text when the clause is the one to rewrite.
func matchClause(s string, a, b int, from string, floor bool) (span, bool) {
	for a < b && (isSpaceByte(s[a]) || s[a] == '(') {
		a++
	}
	for b > a && (isSpaceByte(s[b-1]) || s[b-1] == ')') {
		b--
	}
	c := s[a:b]
	var op string
	for _, o := range []string{"===", "~=", "==", "!=", "<=", ">=", "<", ">"} {
		if strings.HasPrefix(c, o) {
			op = o
			break
		}
	}
	if op == "" {
		return span{}, false
	}
	if floor != (op == ">=") || (!floor && op != "==" && op != "===") {
		return span{}, false
	}
	va := a + len(op)
	for va < b && isSpaceByte(s[va]) {
		va++
	}
	text := s[va:b]
	if strings.HasSuffix(text, ".*") || !sameVersion(text, from, op == "===") {
		return span{}, false
	}
	return span{va, b}, true
}

// sameVersion reports whether the version text written equals want: as
// text, or (except for ===) as PEP 440 versions.
func sameVersion(text, want string, arbitrary bool) bool {
	if text == want {
		return true
	}
	if arbitrary {
		return strings.EqualFold(text, want)
	}
	a, err1 := pep440.Parse(text)
	b, err2 := pep440.Parse(want)
	return err1 == nil && err2 == nil && pep440.Equal(a, b)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
}
