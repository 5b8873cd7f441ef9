package pep440

import (
	"fmt"
	"strings"
)

// Operator is a version comparison operator of a specifier.
type Operator string

// The specifier operators of PEP 440.
const (
	OpCompatible   Operator = "~="
	OpEqual        Operator = "=="
	OpNotEqual     Operator = "!="
	OpLessEqual    Operator = "<="
	OpGreaterEqual Operator = ">="
	OpLess         Operator = "<"
	OpGreater      Operator = ">"
	OpArbitrary    Operator = "==="
)

// operators in the order they must be tried (longest first).
var operators = [...]Operator{OpArbitrary, OpCompatible, OpEqual, OpNotEqual, OpLessEqual, OpGreaterEqual, OpLess, OpGreater}

// Specifier is a single version clause such as ">=1.0" or "==2.*".
type Specifier struct {
	Op       Operator
	Text     string  // the version as written (without ".*")
	Wildcard bool    // "==V.*" or "!=V.*"
	version  Version // parsed Text; for "===" the loose parse
}

// InvalidSpecifierError reports a malformed specifier.
type InvalidSpecifierError struct {
	Input  string
	Reason string
}

// Error implements error.
func (e *InvalidSpecifierError) Error() string {
	return fmt.Sprintf("invalid version specifier %q: %s", e.Input, e.Reason)
}

func hasPySpace(s string) bool { return strings.IndexFunc(s, isPySpace) >= 0 }

// ParseSpecifier parses one specifier clause. Whitespace is allowed around
// the clause and between operator and version. The version must suit the
// operator: "~=" needs at least two release segments and no local segment;
// a ".*" suffix is only allowed with "==" and "!=" and not together with a
// dev or local segment; "<", "<=", ">" and ">=" reject local segments;
// "===" takes any string without whitespace.
func ParseSpecifier(s string) (Specifier, error) {
	t := trimPySpace(s)
	var sp Specifier
	for _, op := range operators {
		if strings.HasPrefix(t, string(op)) {
			sp.Op = op
			break
		}
	}
	if sp.Op == "" {
		return Specifier{}, &InvalidSpecifierError{s, "missing or unknown operator"}
	}
	ver := trimPySpace(t[len(sp.Op):])
	if hasPySpace(ver) {
		return Specifier{}, &InvalidSpecifierError{s, "whitespace inside the version"}
	}
	if sp.Op == OpArbitrary {
		sp.Text = ver
		sp.version = ParseLoose(ver)
		return sp, nil
	}
	if (sp.Op == OpEqual || sp.Op == OpNotEqual) && strings.HasSuffix(ver, ".*") {
		sp.Wildcard = true
		ver = ver[:len(ver)-2]
	}
	v, err := Parse(ver)
	if err != nil || ver == "" {
		return Specifier{}, &InvalidSpecifierError{s, "invalid version"}
	}
	switch {
	case sp.Wildcard && (v.hasDev || len(v.local) > 0):
		return Specifier{}, &InvalidSpecifierError{s, "a prefix match cannot have a dev or local segment"}
	case sp.Op != OpEqual && sp.Op != OpNotEqual && len(v.local) > 0:
		return Specifier{}, &InvalidSpecifierError{s, "local versions are only allowed with == and !="}
	case sp.Op == OpCompatible && len(v.release) < 2:
		return Specifier{}, &InvalidSpecifierError{s, "~= needs at least two release segments"}
	}
	sp.Text, sp.version = ver, v
	return sp, nil
}

// String returns the operator followed by the version as written, as
// packaging prints a specifier.
func (sp Specifier) String() string {
	if sp.Wildcard {
		return string(sp.Op) + sp.Text + ".*"
	}
	return string(sp.Op) + sp.Text
}

// Version returns the specifier's version (for "===", the loose parse of
// its text).
func (sp Specifier) Version() Version { return sp.version }

// MentionsPrerelease reports whether the specifier explicitly allows
// pre-releases: an inclusive operator (==, ===, ~=, <=, >=) whose version is
// a pre-release or development release. As in packaging, "!=", "<" and ">"
// never do.
func (sp Specifier) MentionsPrerelease() bool {
	switch sp.Op {
	case OpEqual, OpArbitrary, OpCompatible, OpLessEqual, OpGreaterEqual:
		return sp.version.IsPrerelease()
	}
	return false
}

// Contains reports whether v satisfies the specifier. Pre-releases (and dev
// releases) are rejected unless prereleases is true or the specifier
// mentions a pre-release. Legacy versions only ever match "===".
func (sp Specifier) Contains(v Version, prereleases bool) bool {
	if v.IsPrerelease() && !prereleases && !sp.MentionsPrerelease() {
		return false
	}
	if sp.Op == OpArbitrary {
		return strings.ToLower(v.String()) == strings.ToLower(sp.Text)
	}
	if v.legacy {
		return false
	}
	spec := sp.version
	switch sp.Op {
	case OpCompatible:
		prefix := Version{epoch: spec.epoch, release: spec.release[:len(spec.release)-1]}
		return Compare(v.withoutLocal(), spec) >= 0 && prefixMatch(v, prefix)
	case OpEqual, OpNotEqual:
		var eq bool
		if sp.Wildcard {
			eq = prefixMatch(v, spec)
		} else {
			w := v
			if len(spec.local) == 0 {
				w = v.withoutLocal()
			}
			eq = Compare(w, spec) == 0
		}
		return eq == (sp.Op == OpEqual)
	case OpLessEqual:
		return Compare(v.withoutLocal(), spec) <= 0
	case OpGreaterEqual:
		return Compare(v.withoutLocal(), spec) >= 0
	case OpLess:
		if Compare(v, spec) >= 0 {
			return false
		}
		// <V excludes pre-releases of V unless V is itself one.
		return spec.IsPrerelease() || !v.IsPrerelease() || Compare(v.base(), spec.base()) != 0
	case OpGreater:
		if Compare(v, spec) <= 0 {
			return false
		}
		// >V excludes post-releases of V unless V is itself one, and
		// local versions of V.
		if !spec.IsPostrelease() && v.IsPostrelease() && Compare(v.base(), spec.base()) == 0 {
			return false
		}
		return len(v.local) == 0 || Compare(v.base(), spec.base()) != 0
	}
	return false
}

// components splits the public part of a normalised version into the
// segments packaging compares for prefix matching: epoch, each release
// number, then the pre, post and dev segments as printed ("a1", "post2",
// "dev0").
func components(v Version) []string {
	c := append([]string{v.epoch}, v.release...)
	if v.preL != "" {
		c = append(c, v.preL+v.preN)
	}
	if v.hasPost {
		c = append(c, "post"+v.postN)
	}
	if v.hasDev {
		c = append(c, "dev"+v.devN)
	}
	return c
}

// prefixMatch implements "==spec.*": v's public version, with its release
// padded with zeros to the length of spec's release, must start with spec's
// segments.
func prefixMatch(v, spec Version) bool {
	sc := components(spec)
	vc := components(v)
	if pad := len(spec.release) - len(v.release); pad > 0 {
		n := 1 + len(v.release)
		padded := append([]string{}, vc[:n]...)
		for ; pad > 0; pad-- {
			padded = append(padded, "0")
		}
		vc = append(padded, vc[n:]...)
	}
	if len(vc) < len(sc) {
		return false
	}
	for i := range sc {
		if vc[i] != sc[i] {
			return false
		}
	}
	return true
}

// SpecifierSet is a conjunction of specifiers, as written comma-separated.
// The empty set matches every final version.
type SpecifierSet []Specifier

// ParseSpecifierSet parses comma-separated specifiers. As in packaging,
// empty clauses (",,", a trailing comma, empty input) are ignored, so ""
// yields the empty set.
func ParseSpecifierSet(s string) (SpecifierSet, error) {
	set := SpecifierSet{}
	for i, part := range strings.Split(s, ",") {
		if trimPySpace(part) == "" {
			continue
		}
		sp, err := ParseSpecifier(part)
		if err != nil {
			return nil, fmt.Errorf("specifier set %q, clause %d: %w", s, i+1, err)
		}
		set = append(set, sp)
	}
	return set, nil
}

// String joins the specifiers with commas in their written order.
func (set SpecifierSet) String() string {
	parts := make([]string, len(set))
	for i, sp := range set {
		parts[i] = sp.String()
	}
	return strings.Join(parts, ",")
}

// MentionsPrerelease reports whether any specifier of the set mentions a
// pre-release; if one does, pre-releases are allowed for the whole set.
func (set SpecifierSet) MentionsPrerelease() bool {
	for _, sp := range set {
		if sp.MentionsPrerelease() {
			return true
		}
	}
	return false
}

// Contains reports whether v satisfies every specifier of the set.
// Pre-releases are rejected unless prereleases is true or any specifier of
// the set mentions a pre-release.
func (set SpecifierSet) Contains(v Version, prereleases bool) bool {
	prereleases = prereleases || set.MentionsPrerelease()
	if v.IsPrerelease() && !prereleases {
		return false
	}
	for _, sp := range set {
		if !sp.Contains(v, prereleases) {
			return false
		}
	}
	return true
}
