package sbom

import (
	"slices"
	"strconv"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp"
	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
)

// LicenseKind says what a license string is, which decides how each format
// writes it.
type LicenseKind int

// The kinds of License.
const (
	LicenseUnknown    LicenseKind = iota // "", NOASSERTION, UNKNOWN: nothing is known
	LicenseNone                          // NONE: known to carry no license
	LicenseID                            // a single SPDX license id (active or deprecated)
	LicenseExpression                    // a valid SPDX expression: AND/OR/WITH, or a LicenseRef-
	LicenseName                          // anything else: a license name that is not SPDX
)

var licenseKindNames = [...]string{"unknown", "none", "id", "expression", "name"}

// String returns the kind's name: unknown, none, id, expression or name.
func (k LicenseKind) String() string {
	if k >= 0 && int(k) < len(licenseKindNames) {
		return licenseKindNames[k]
	}
	return "LicenseKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText encodes the kind as its name.
func (k LicenseKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// License is a component's license, classified.
type License struct {
	Kind LicenseKind
	// Value is the canonical SPDX id for LicenseID, the expression for
	// LicenseExpression, the text as given for LicenseName, and "" for
	// LicenseUnknown and LicenseNone.
	Value string
	// Refs are the LicenseRef- (and DocumentRef-) identifiers Value uses,
	// sorted; only for LicenseExpression.
	Refs []string
}

// ParseLicense classifies a license string as the license detector gives
// it (an SPDX expression, a name, or a marker of "unknown"). Validity is
// judged with github.com/github/go-spdx against the SPDX license list it
// embeds; ids are written in that list's case ("mit" becomes "MIT").
func ParseLicense(s string) License {
	s = strings.TrimSpace(s)
	switch strings.ToUpper(s) {
	case "", "NOASSERTION", "UNKNOWN":
		return License{Kind: LicenseUnknown}
	case "NONE":
		return License{Kind: LicenseNone}
	}
	if ok, id := spdxlicenses.IsActiveLicense(s); ok {
		return License{Kind: LicenseID, Value: id}
	}
	if ok, id := spdxlicenses.IsDeprecatedLicense(s); ok {
		return License{Kind: LicenseID, Value: id}
	}
	if strings.ContainsAny(s, "\n\r") {
		return License{Kind: LicenseName, Value: s}
	}
	canon := canonicalExpression(s)
	if ok, _ := spdxexp.ValidateLicenses([]string{canon}); !ok {
		return License{Kind: LicenseName, Value: s}
	}
	l := License{Kind: LicenseExpression, Value: canon}
	if ids, err := spdxexp.ExtractLicenses(l.Value); err == nil {
		for _, id := range ids {
			if strings.HasPrefix(id, "LicenseRef-") || strings.HasPrefix(id, "DocumentRef-") {
				l.Refs = append(l.Refs, id)
			}
		}
		slices.Sort(l.Refs)
	}
	return l
}

// canonicalExpression rewrites the ids and operators of a valid expression
// in their canonical case, keeping its structure and spacing between
// tokens: "mit or apache-2.0" becomes "MIT OR Apache-2.0".
func canonicalExpression(s string) string {
	var b strings.Builder
	tok := func(t string) {
		switch up := strings.ToUpper(t); {
		case up == "AND" || up == "OR" || up == "WITH":
			b.WriteString(up)
		case strings.HasPrefix(up, "LICENSEREF-") || strings.HasPrefix(up, "DOCUMENTREF-"):
			b.WriteString(t)
		default:
			plus := strings.HasSuffix(t, "+")
			base := strings.TrimSuffix(t, "+")
			if ok, id := spdxlicenses.IsActiveLicense(base); ok {
				base = id
			} else if ok, id := spdxlicenses.IsDeprecatedLicense(base); ok {
				base = id
			} else if ok, id := spdxlicenses.IsException(base); ok {
				base = id
			}
			b.WriteString(base)
			if plus {
				b.WriteByte('+')
			}
		}
	}
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '(' || c == ')' {
			if start >= 0 {
				tok(s[start:i])
				start = -1
			}
			if c == '\t' {
				c = ' '
			}
			b.WriteByte(c)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		tok(s[start:])
	}
	return b.String()
}
