package pyproject

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

// MaxConstraintLen bounds the length of one Poetry constraint.
const MaxConstraintLen = 4096

// ErrUnion is returned (wrapped) by TranslateConstraint when the constraint
// is a union of ranges ("A || B"): a PEP 440 specifier set is an
// intersection and cannot express it.
var ErrUnion = errors.New("a union of ranges (||) cannot be expressed as one PEP 440 specifier set")

// TranslateConstraint translates a Poetry version constraint into PEP 440
// specifiers, comma-separated ("" for no constraint):
//
//	^1.2.3 → >=1.2.3,<2.0.0   ^0.2.3 → >=0.2.3,<0.3.0   ^0.0.3 → >=0.0.3,<0.0.4
//	~1.2.3 → >=1.2.3,<1.3.0   ~1.2 → >=1.2,<1.3         ~1 → >=1,<2
//	*      → ""               1.2.* → ==1.2.*           1.2.3 → ==1.2.3
//	=1.2   → ==1.2            >=1,<2 and ">=1 <2" → >=1,<2
//
// For "A || B" every alternative is translated and the result joins them
// with " || " (for display), together with an error wrapping ErrUnion.
// Any other invalid constraint returns "" and an error.
func TranslateConstraint(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) > MaxConstraintLen {
		return "", fmt.Errorf("constraint longer than %d bytes", MaxConstraintLen)
	}
	alts := strings.Split(s, "||")
	if len(alts) > 1 {
		out := make([]string, 0, len(alts))
		for _, a := range alts {
			t, err := translateRange(a)
			if err != nil {
				return "", err
			}
			if t == "" {
				t = "*"
			}
			out = append(out, t)
		}
		return strings.Join(out, " || "), fmt.Errorf("constraint %q: %w", s, ErrUnion)
	}
	return translateRange(s)
}

// translateRange translates one alternative: clauses separated by commas
// or whitespace.
func translateRange(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errors.New("empty constraint")
	}
	fields := strings.Fields(strings.ReplaceAll(s, ",", " "))
	var clauses []string
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		// An operator written apart from its version: ">= 1.2".
		if strings.TrimLeft(f, "<>=!~^") == "" && i+1 < len(fields) {
			f += fields[i+1]
			i++
		}
		c, err := translateClause(f)
		if err != nil {
			return "", err
		}
		clauses = append(clauses, c...)
	}
	out := strings.Join(clauses, ",")
	if out == "" {
		return "", nil
	}
	if _, err := pep440.ParseSpecifierSet(out); err != nil {
		return "", fmt.Errorf("constraint %q: %v", s, err)
	}
	return out, nil
}

func translateClause(c string) ([]string, error) {
	switch {
	case c == "*":
		return nil, nil
	case strings.HasPrefix(c, "^"):
		return caret(c[1:])
	case strings.HasPrefix(c, "~="):
		return []string{c}, nil
	case strings.HasPrefix(c, "~"):
		return tilde(c[1:])
	case strings.HasPrefix(c, "==="), strings.HasPrefix(c, "=="), strings.HasPrefix(c, "!="),
		strings.HasPrefix(c, ">="), strings.HasPrefix(c, "<="):
		return []string{c}, nil
	case strings.HasPrefix(c, ">"), strings.HasPrefix(c, "<"):
		return []string{c}, nil
	case strings.HasPrefix(c, "="):
		return []string{"=" + c}, nil
	}
	if c == "" || !(c[0] >= '0' && c[0] <= '9' || c[0] == 'v' || c[0] == 'V') {
		return nil, fmt.Errorf("invalid constraint %q", c)
	}
	return []string{"==" + c}, nil
}

// release splits v into its epoch prefix ("N!" or "") and numeric release
// components (at least one), and checks that v as a whole is a PEP 440
// version.
func release(v string) (string, []int, error) {
	if _, err := pep440.Parse(v); err != nil {
		return "", nil, fmt.Errorf("invalid version %q in constraint", v)
	}
	t := strings.TrimLeft(v, "vV")
	epoch := ""
	if i := strings.IndexByte(t, '!'); i >= 0 {
		epoch, t = t[:i+1], t[i+1:]
	}
	end := 0
	for end < len(t) && (t[end] >= '0' && t[end] <= '9' || t[end] == '.' && end+1 < len(t) && t[end+1] >= '0' && t[end+1] <= '9') {
		end++
	}
	var parts []int
	for _, p := range strings.Split(t[:end], ".") {
		n, err := strconv.Atoi(p)
		if err != nil {
			return "", nil, fmt.Errorf("invalid version %q in constraint", v)
		}
		parts = append(parts, n)
	}
	return epoch, parts, nil
}

// bump returns the release with component i incremented and the later
// ones zeroed, keeping the number of components.
func bump(parts []int, i int) string {
	b := make([]string, len(parts))
	for j := range parts {
		switch {
		case j < i:
			b[j] = strconv.Itoa(parts[j])
		case j == i:
			b[j] = strconv.Itoa(parts[j] + 1)
		default:
			b[j] = "0"
		}
	}
	return strings.Join(b, ".")
}

// caret: the upper bound bumps the first non-zero component (the last
// given one when all are zero).
func caret(v string) ([]string, error) {
	epoch, parts, err := release(v)
	if err != nil {
		return nil, err
	}
	i := len(parts) - 1
	for j, p := range parts {
		if p != 0 {
			i = j
			break
		}
	}
	return []string{">=" + v, "<" + epoch + bump(parts, i)}, nil
}

// tilde: the upper bound bumps the minor component, or the major one when
// only the major is given.
func tilde(v string) ([]string, error) {
	epoch, parts, err := release(v)
	if err != nil {
		return nil, err
	}
	i := 1
	if len(parts) == 1 {
		i = 0
	}
	return []string{">=" + v, "<" + epoch + bump(parts, i)}, nil
}
