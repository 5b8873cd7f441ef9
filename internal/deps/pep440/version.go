// Package pep440 implements Python version identifiers and version
// specifiers as defined by PEP 440 (now the PyPA "Version specifiers"
// specification): parsing with full normalisation, ordering, and specifier
// matching with the semantics of the reference implementation, the
// "packaging" library.
//
// Versions that are not valid PEP 440 can still be represented with
// ParseLoose. Such legacy versions follow the ordering of the LegacyVersion
// class that packaging shipped until release 22: every legacy version sorts
// before every PEP 440 version, and legacy versions are ordered among
// themselves by the setuptools-style key (runs of digits compared as numbers
// padded to eight places, runs of letters compared as strings, with "pre",
// "preview" and "rc" treated as "c" and "dev" sorting before any other
// letters). They never satisfy a specifier other than "===".
//
// Release, pre, post and dev numbers are kept as decimal strings, so
// arbitrarily large numbers never overflow.
package pep440

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// versionRE is the grammar of PEP 440's Appendix B, anchored and case
// insensitive. Leading and trailing whitespace is trimmed before matching.
var versionRE = regexp.MustCompile(`(?i)^v?` +
	`(?:([0-9]+)!)?` + // 1 epoch
	`([0-9]+(?:\.[0-9]+)*)` + // 2 release
	`(?:[-_.]?(alpha|beta|preview|pre|a|b|c|rc)[-_.]?([0-9]+)?)?` + // 3,4 pre
	`(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?` + // 5 implicit post, 6,7 post
	`(?:[-_.]?(dev)[-_.]?([0-9]+)?)?` + // 8,9 dev
	`(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$`) // 10 local

// Version is a parsed version. The zero value is not a valid version; obtain
// one from Parse, MustParse or ParseLoose.
type Version struct {
	legacy bool
	raw    string // the input of a legacy version, unchanged

	epoch   string   // decimal, no leading zeros
	release []string // decimal, no leading zeros
	preL    string   // "", "a", "b" or "rc"
	preN    string
	hasPost bool
	postN   string
	hasDev  bool
	devN    string
	local   []string // lower case; numeric parts without leading zeros

	legacyKey []string
}

// InvalidVersionError reports a string that is not a PEP 440 version.
type InvalidVersionError struct {
	Input string
}

// Error implements error.
func (e *InvalidVersionError) Error() string {
	return fmt.Sprintf("invalid PEP 440 version %q", e.Input)
}

// isPySpace reports whether r is whitespace for Python's str.isspace, which
// is what packaging's "\s" matches.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

func trimPySpace(s string) string { return strings.TrimFunc(s, isPySpace) }

// normNum strips leading zeros from a decimal string; "" means 0.
func normNum(s string) string {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

// cmpNum compares two normalised decimal strings numerically.
func cmpNum(a, b string) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Parse parses a PEP 440 version, normalising it: case, a leading "v",
// the separators ".", "-" and "_", implicit post releases ("1.0-1"), the
// spellings alpha/beta/c/pre/preview/rev/r, implicit numbers, local version
// separators and surrounding whitespace.
func Parse(s string) (Version, error) {
	if v, ok := parseRelease(s); ok {
		return v, nil
	}
	return parseFull(s)
}

// parseFull parses s with the full PEP 440 grammar.
func parseFull(s string) (Version, error) {
	m := versionRE.FindStringSubmatch(trimPySpace(s))
	if m == nil {
		return Version{}, &InvalidVersionError{Input: s}
	}
	var v Version
	v.epoch = normNum(m[1])
	for _, p := range strings.Split(m[2], ".") {
		v.release = append(v.release, normNum(p))
	}
	if m[3] != "" {
		switch strings.ToLower(m[3]) {
		case "a", "alpha":
			v.preL = "a"
		case "b", "beta":
			v.preL = "b"
		default:
			v.preL = "rc"
		}
		v.preN = normNum(m[4])
	}
	switch {
	case m[5] != "":
		v.hasPost, v.postN = true, normNum(m[5])
	case m[6] != "":
		v.hasPost, v.postN = true, normNum(m[7])
	}
	if m[8] != "" {
		v.hasDev, v.devN = true, normNum(m[9])
	}
	if m[10] != "" {
		for _, p := range strings.FieldsFunc(strings.ToLower(m[10]), func(r rune) bool {
			return r == '.' || r == '-' || r == '_'
		}) {
			if isDigits(p) {
				p = normNum(p)
			}
			v.local = append(v.local, p)
		}
	}
	return v, nil
}

// parseRelease is the fast path of Parse for the common canonical form
// "N(.N)*[{a|b|rc}N][.postN][.devN]" without surrounding space; anything
// else is left to the full grammar.
func parseRelease(s string) (Version, bool) {
	end := 0 // the end of the release segment
	n := 1
	for end < len(s) {
		c := s[end]
		if c == '.' {
			if end == 0 || end+1 >= len(s) || s[end-1] == '.' || s[end+1] < '0' || s[end+1] > '9' {
				break
			}
			n++
		} else if c < '0' || c > '9' {
			break
		}
		end++
	}
	if end == 0 {
		return Version{}, false
	}
	v := Version{epoch: "0", release: make([]string, 0, n)}
	start := 0
	for i := 0; i <= end; i++ {
		if i == end || s[i] == '.' {
			v.release = append(v.release, normNum(s[start:i]))
			start = i + 1
		}
	}
	rest := s[end:]
	// number cuts the digits at the start of t.
	number := func(t string) (string, string, bool) {
		i := 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 0 {
			return "", t, false
		}
		return normNum(t[:i]), t[i:], true
	}
	var ok bool
	for _, pre := range [...]string{"rc", "a", "b"} {
		if strings.HasPrefix(rest, pre) {
			if v.preN, rest, ok = number(rest[len(pre):]); !ok {
				return Version{}, false
			}
			v.preL = pre
			break
		}
	}
	if strings.HasPrefix(rest, ".post") {
		if v.postN, rest, ok = number(rest[len(".post"):]); !ok {
			return Version{}, false
		}
		v.hasPost = true
	}
	if strings.HasPrefix(rest, ".dev") {
		if v.devN, rest, ok = number(rest[len(".dev"):]); !ok {
			return Version{}, false
		}
		v.hasDev = true
	}
	if rest != "" {
		return Version{}, false
	}
	return v, true
}

// MustParse is like Parse but panics on error. It is meant for constants in
// tests and tables.
func MustParse(s string) Version {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// ParseLoose parses s as a PEP 440 version and, when that fails, returns a
// legacy version that keeps s verbatim. It never fails.
func ParseLoose(s string) Version {
	if v, err := Parse(s); err == nil {
		return v
	}
	return Version{legacy: true, raw: s, legacyKey: legacyKey(s)}
}

// legacyKey computes the setuptools-style ordering key of a legacy version.
func legacyKey(s string) []string {
	var parts []string
	add := func(p string) {
		switch p {
		case "pre", "preview", "rc":
			p = "c"
		case "-":
			p = "final-"
		case "dev":
			p = "@"
		}
		if p == "" || p == "." {
			return
		}
		if p[0] >= '0' && p[0] <= '9' {
			if n := utf8.RuneCountInString(p); n < 8 {
				p = strings.Repeat("0", 8-n) + p
			}
		} else {
			p = "*" + p
		}
		if strings.HasPrefix(p, "*") && p < "*final" {
			for len(parts) > 0 && parts[len(parts)-1] == "*final-" {
				parts = parts[:len(parts)-1]
			}
			for len(parts) > 0 && parts[len(parts)-1] == "00000000" {
				parts = parts[:len(parts)-1]
			}
		}
		parts = append(parts, p)
	}
	// Split into runs of digits, runs of ASCII letters, "." and "-"; the
	// text between those tokens forms parts of its own.
	s = strings.ToLower(s)
	rs := []rune(s)
	other := 0
	for i := 0; i < len(rs); {
		r := rs[i]
		j := i + 1
		switch {
		case unicode.IsDigit(r):
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
		case r >= 'a' && r <= 'z':
			for j < len(rs) && rs[j] >= 'a' && rs[j] <= 'z' {
				j++
			}
		case r == '.' || r == '-':
		default:
			i++
			continue
		}
		add(string(rs[other:i]))
		add(string(rs[i:j]))
		i, other = j, j
	}
	add(string(rs[other:]))
	add("final")
	return parts
}

// IsLegacy reports whether v is a legacy (non-PEP 440) version from
// ParseLoose.
func (v Version) IsLegacy() bool { return v.legacy }

// String returns the normalised form of v, exactly as packaging prints
// str(Version(...)); for a legacy version, the original text.
func (v Version) String() string {
	if v.legacy {
		return v.raw
	}
	var b strings.Builder
	b.WriteString(v.Public())
	if len(v.local) > 0 {
		b.WriteByte('+')
		b.WriteString(strings.Join(v.local, "."))
	}
	return b.String()
}

// Public returns the normalised version without its local segment.
func (v Version) Public() string {
	if v.legacy {
		return v.raw
	}
	var b strings.Builder
	b.WriteString(v.BaseVersion())
	if v.preL != "" {
		b.WriteString(v.preL)
		b.WriteString(v.preN)
	}
	if v.hasPost {
		b.WriteString(".post")
		b.WriteString(v.postN)
	}
	if v.hasDev {
		b.WriteString(".dev")
		b.WriteString(v.devN)
	}
	return b.String()
}

// BaseVersion returns the epoch and release segments only ("1!2.0" for
// "1!2.0rc1.post2+abc").
func (v Version) BaseVersion() string {
	if v.legacy {
		return v.raw
	}
	var b strings.Builder
	if v.epoch != "0" {
		b.WriteString(v.epoch)
		b.WriteByte('!')
	}
	b.WriteString(strings.Join(v.release, "."))
	return b.String()
}

// Local returns the normalised local segment ("" when there is none).
func (v Version) Local() string { return strings.Join(v.local, ".") }

// Epoch returns the epoch as a decimal string ("0" when absent; "-1" for a
// legacy version).
func (v Version) Epoch() string {
	if v.legacy {
		return "-1"
	}
	return v.epoch
}

// Release returns a copy of the release segment as decimal strings.
func (v Version) Release() []string { return append([]string(nil), v.release...) }

// IsPrerelease reports whether v is a pre-release or a development release.
func (v Version) IsPrerelease() bool { return !v.legacy && (v.preL != "" || v.hasDev) }

// IsPostrelease reports whether v has a post-release segment.
func (v Version) IsPostrelease() bool { return !v.legacy && v.hasPost }

// IsDevrelease reports whether v has a development release segment.
func (v Version) IsDevrelease() bool { return !v.legacy && v.hasDev }

// withoutLocal returns v with the local segment removed.
func (v Version) withoutLocal() Version {
	v.local = nil
	return v
}

// base returns the version made of v's epoch and release only.
func (v Version) base() Version {
	return Version{epoch: v.epoch, release: v.release}
}

// Equal reports whether a and b are the same version under PEP 440
// ordering (so "1.0" equals "1.0.0").
func Equal(a, b Version) bool { return Compare(a, b) == 0 }

// Compare returns -1, 0 or +1 as a sorts before, equal to, or after b in
// PEP 440 order: epoch, release (trailing zeros ignored), then
// dev-only < pre-release < final < post-release, dev releases before the
// release they develop, and local versions after the public version with
// numeric local parts after alphanumeric ones. Legacy versions sort before
// all PEP 440 versions.
func Compare(a, b Version) int {
	if a.legacy || b.legacy {
		switch {
		case a.legacy && !b.legacy:
			return -1
		case !a.legacy && b.legacy:
			return 1
		}
		return compareStrings(a.legacyKey, b.legacyKey)
	}
	if c := cmpNum(a.epoch, b.epoch); c != 0 {
		return c
	}
	if c := compareRelease(a.release, b.release); c != 0 {
		return c
	}
	if c := cmpPre(a, b); c != 0 {
		return c
	}
	// Post: absent sorts first.
	if c := cmpOpt(a.hasPost, a.postN, b.hasPost, b.postN, -1); c != 0 {
		return c
	}
	// Dev: absent sorts last.
	if c := cmpOpt(a.hasDev, a.devN, b.hasDev, b.devN, 1); c != 0 {
		return c
	}
	return compareLocal(a.local, b.local)
}

func compareStrings(a, b []string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := strings.Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return cmpInt(len(a), len(b))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareRelease(a, b []string) int {
	n := max(len(a), len(b))
	for i := 0; i < n; i++ {
		x, y := "0", "0"
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if c := cmpNum(x, y); c != 0 {
			return c
		}
	}
	return 0
}

// preRank places v's pre-release among dev-only (0), pre-release (1) and
// none (2).
func preRank(v Version) int {
	switch {
	case v.preL != "":
		return 1
	case !v.hasPost && v.hasDev:
		return 0
	}
	return 2
}

func cmpPre(a, b Version) int {
	ra, rb := preRank(a), preRank(b)
	if ra != rb || ra != 1 {
		return cmpInt(ra, rb)
	}
	if c := strings.Compare(a.preL, b.preL); c != 0 { // "a" < "b" < "rc"
		return c
	}
	return cmpNum(a.preN, b.preN)
}

// cmpOpt compares optional numbers; absent sorts at absentSign infinity.
func cmpOpt(ha bool, na string, hb bool, nb string, absentSign int) int {
	switch {
	case !ha && !hb:
		return 0
	case !ha:
		return absentSign
	case !hb:
		return -absentSign
	}
	return cmpNum(na, nb)
}

func compareLocal(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return cmpInt(len(a), len(b))
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		da, db := isDigits(a[i]), isDigits(b[i])
		var c int
		switch {
		case da && db:
			c = cmpNum(a[i], b[i])
		case da:
			c = 1
		case db:
			c = -1
		default:
			c = strings.Compare(a[i], b[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmpInt(len(a), len(b))
}
