package pep508

import (
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Requirement is a parsed dependency specifier:
//
//	name [extras] (version-spec | @ url) ; marker
type Requirement struct {
	Name       string              // as written
	Extras     []string            // as written, duplicates removed, in order
	Specifiers pep440.SpecifierSet // empty when absent or with a URL
	URL        string              // "" unless "name @ url"
	Marker     *Marker             // nil when absent
}

// NormalizedName returns the PEP 503 normal form of the project name.
func (r Requirement) NormalizedName() string { return pep503.Normalize(r.Name) }

// Applies reports whether the requirement's marker holds in env (true when
// there is no marker).
func (r Requirement) Applies(env Environment) (bool, error) {
	if r.Marker == nil {
		return true, nil
	}
	return r.Marker.Evaluate(env)
}

// String returns the requirement in normal form.
func (r Requirement) String() string {
	var b strings.Builder
	b.WriteString(r.Name)
	if len(r.Extras) > 0 {
		b.WriteString("[" + strings.Join(r.Extras, ",") + "]")
	}
	if r.URL != "" {
		b.WriteString(" @ " + r.URL)
		if r.Marker != nil {
			b.WriteByte(' ')
		}
	} else {
		b.WriteString(r.Specifiers.String())
	}
	if r.Marker != nil {
		b.WriteString("; " + r.Marker.String())
	}
	return b.String()
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// identifier consumes [A-Za-z0-9]([-_.A-Za-z0-9]*[A-Za-z0-9])?.
func (p *parser) identifier() (string, bool) {
	if p.pos >= len(p.s) || !isIdentByte(p.s[p.pos]) {
		return "", false
	}
	start, end := p.pos, p.pos+1
	for i := p.pos + 1; i < len(p.s); i++ {
		c := p.s[i]
		if isIdentByte(c) {
			end = i + 1
		} else if c != '-' && c != '_' && c != '.' {
			break
		}
	}
	p.pos = end
	return p.s[start:end], true
}

// ParseRequirement parses a PEP 508 dependency specifier. Whitespace may
// surround every token; a URL must be followed by whitespace before a
// marker's ";" (otherwise the ";" belongs to the URL). Version specifiers
// may be parenthesised.
func ParseRequirement(s string) (Requirement, error) {
	r, err := parseRequirement(s)
	if err != nil {
		return Requirement{}, fmt.Errorf("parse requirement: %w", err)
	}
	return r, nil
}

func parseRequirement(s string) (Requirement, error) {
	p := &parser{s: s}
	var r Requirement
	p.ws()
	name, ok := p.identifier()
	if !ok {
		return r, p.errorf("expected a package name")
	}
	r.Name = name
	p.ws()
	if p.pos < len(s) && s[p.pos] == '[' {
		p.pos++
		p.ws()
		if p.pos < len(s) && s[p.pos] == ']' {
			p.pos++
		} else {
			seen := map[string]bool{}
			for {
				p.ws()
				extra, ok := p.identifier()
				if !ok {
					return r, p.errorf("expected an extra name")
				}
				if !seen[extra] {
					seen[extra] = true
					r.Extras = append(r.Extras, extra)
				}
				p.ws()
				if p.pos < len(s) && s[p.pos] == ',' {
					p.pos++
					continue
				}
				if p.pos < len(s) && s[p.pos] == ']' {
					p.pos++
					break
				}
				return r, p.errorf("expected ',' or ']' in extras")
			}
		}
		p.ws()
	}
	if p.pos < len(s) && s[p.pos] == '@' {
		p.pos++
		p.ws()
		start := p.pos
		for p.pos < len(s) && !isWS(s[p.pos]) {
			p.pos++
		}
		r.URL = s[start:p.pos]
		if r.URL == "" {
			return r, p.errorf("expected a URL after '@'")
		}
		if err := checkURL(r.URL); err != nil {
			return r, p.errorf("%v", err)
		}
		p.ws()
		if p.pos == len(s) {
			return r, nil
		}
		if s[p.pos] != ';' || !isWS(s[p.pos-1]) {
			return r, p.errorf("expected ';' after the URL")
		}
	} else {
		var spec string
		if p.pos < len(s) && s[p.pos] == '(' {
			end := strings.IndexByte(s[p.pos:], ')')
			if end < 0 {
				return r, p.errorf("expected ')' after version specifier")
			}
			spec = s[p.pos+1 : p.pos+end]
			p.pos += end + 1
			if trimSpace(spec) == "" {
				return r, p.errorf("empty version specifier in parentheses")
			}
		} else {
			end := strings.IndexByte(s[p.pos:], ';')
			if end < 0 {
				end = len(s) - p.pos
			}
			spec = s[p.pos : p.pos+end]
			p.pos += end
		}
		if trimSpace(spec) != "" {
			for _, clause := range strings.Split(spec, ",") {
				if trimSpace(clause) == "" {
					return r, p.errorf("empty version specifier clause")
				}
			}
		}
		set, err := pep440.ParseSpecifierSet(spec)
		if err != nil {
			return r, &SyntaxError{Input: s, Pos: p.pos, Msg: err.Error()}
		}
		r.Specifiers = set
		p.ws()
		if p.pos == len(s) {
			return r, nil
		}
		if s[p.pos] != ';' {
			return r, p.errorf("expected ';' or end of requirement")
		}
	}
	p.pos++ // ';'
	m, err := ParseMarker(s[p.pos:])
	if err != nil {
		var se *SyntaxError
		if ok := asSyntax(err, &se); ok {
			se.Input, se.Pos = s, p.pos+se.Pos
		}
		return r, err
	}
	r.Marker = m
	return r, nil
}

func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r < 0x80 && isWS(byte(r)) })
}

// checkURL requires an absolute URL: a scheme, and a host unless the scheme
// is "file" (as packaging 21 validated).
func checkURL(u string) error {
	i := strings.IndexByte(u, ':')
	scheme := ""
	if i > 0 && (u[0] >= 'a' && u[0] <= 'z' || u[0] >= 'A' && u[0] <= 'Z') {
		scheme = u[:i]
		for j := 0; j < len(scheme); j++ {
			c := scheme[j]
			if !isIdentByte(c) && c != '+' && c != '-' && c != '.' {
				scheme = ""
				break
			}
		}
	}
	if scheme == "" {
		return fmt.Errorf("URL %q has no scheme", u)
	}
	if strings.EqualFold(scheme, "file") {
		return nil
	}
	rest := u[i+1:]
	if !strings.HasPrefix(rest, "//") {
		return fmt.Errorf("URL %q has no host", u)
	}
	rest = rest[2:]
	if end := strings.IndexAny(rest, "/?#"); end >= 0 {
		rest = rest[:end]
	}
	if rest == "" {
		return fmt.Errorf("URL %q has no host", u)
	}
	return nil
}
