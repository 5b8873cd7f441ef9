// Package cyclonedx writes an SBOM as CycloneDX 1.6 JSON with
// github.com/CycloneDX/cyclonedx-go.
//
// Mapping from the neutral model (internal/sbom):
//
//   - serialNumber: urn:uuid:<Document.Serial> (derived from the content);
//     metadata.timestamp: Document.Timestamp; metadata.tools.components:
//     the writing tool; metadata.component: the project (bom-ref = its
//     purl when it has one).
//   - components: type library, bom-ref = the component's Ref (its purl
//     when there is one), purl, scope, hashes, licenses (license.id for a
//     single SPDX id the schema lists, expression for an SPDX expression
//     or a newer id, license.name for any other name; nothing when
//     unknown), externalReferences (vcs,
//     distribution, or other for local paths) and krait: properties
//     (direct, group, source, declared-at, license-evidence).
//   - dependencies: the graph as built: the root first, then every
//     component whose dependencies are known (an empty dependsOn means
//     "none").
//   - vulnerabilities: id, source, references (aliases), ratings (CVSS
//     method/score/vector/severity, or severity alone), description,
//     recommendation (the fixed versions), advisories (the advisory URL)
//     and affects (the component ref and affected version).
//
// The BOM is encoded with the library's encoder, pretty-printed without
// HTML escaping. It is encoded as built (spec version set to 1.6) rather
// than through EncodeVersion, whose gob copy would drop the empty
// dependsOn arrays that say "depends on nothing".
package cyclonedx

import (
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"

	"github.com/krait-dev/krait/internal/sbom"
)

// SchemaURI is the $schema of the documents Write produces.
const SchemaURI = "http://cyclonedx.org/schema/bom-1.6.schema.json"

// Write encodes doc as CycloneDX 1.6 JSON.
func Write(w io.Writer, doc *sbom.Document) error {
	enc := cdx.NewBOMEncoder(w, cdx.BOMFileFormatJSON)
	enc.SetPretty(true).SetEscapeHTML(false)
	if err := enc.Encode(BOM(doc)); err != nil {
		return fmt.Errorf("cyclonedx: encoding the BOM: %w", err)
	}
	return nil
}

// BOM converts doc to the library's BOM (spec version 1.6).
func BOM(doc *sbom.Document) *cdx.BOM {
	bom := cdx.NewBOM()
	bom.SpecVersion = cdx.SpecVersion1_6
	bom.JSONSchema = SchemaURI
	bom.XMLNS = "http://cyclonedx.org/schema/bom/1.6"
	if doc.Serial != "" {
		bom.SerialNumber = "urn:uuid:" + doc.Serial
	}
	bom.Metadata = metadata(doc)

	versions := make(map[string]string, len(doc.Components))
	comps := make([]cdx.Component, 0, len(doc.Components))
	for i := range doc.Components {
		c := &doc.Components[i]
		versions[c.Ref] = c.Version
		comps = append(comps, component(c))
	}
	bom.Components = &comps

	deps := make([]cdx.Dependency, 0, len(doc.Dependencies))
	for _, d := range doc.Dependencies {
		on := append([]string{}, d.DependsOn...)
		deps = append(deps, cdx.Dependency{Ref: d.Ref, Dependencies: &on})
	}
	bom.Dependencies = &deps

	if len(doc.Vulnerabilities) > 0 {
		vulns := make([]cdx.Vulnerability, 0, len(doc.Vulnerabilities))
		for i := range doc.Vulnerabilities {
			vulns = append(vulns, vulnerability(&doc.Vulnerabilities[i], versions))
		}
		bom.Vulnerabilities = &vulns
	}
	return bom
}

func metadata(doc *sbom.Document) *cdx.Metadata {
	m := &cdx.Metadata{}
	if !doc.Timestamp.IsZero() {
		m.Timestamp = doc.Timestamp.UTC().Format(time.RFC3339)
	}
	if doc.Tool.Name != "" {
		m.Tools = &cdx.ToolsChoice{Components: &[]cdx.Component{{
			Type: cdx.ComponentTypeApplication, Name: doc.Tool.Name, Version: doc.Tool.Version,
		}}}
	}
	name := doc.Project.Name
	if name == "" {
		name = "project"
	}
	m.Component = &cdx.Component{
		BOMRef: doc.Project.Ref, Type: cdx.ComponentTypeApplication,
		Name: name, Version: doc.Project.Version, PackageURL: doc.Project.PURL,
	}
	return m
}

func component(c *sbom.Component) cdx.Component {
	out := cdx.Component{
		BOMRef: c.Ref, Type: cdx.ComponentTypeLibrary,
		Name: c.Name, Version: c.Version, PackageURL: c.PURL,
		Scope: cdx.ScopeRequired,
	}
	if c.Scope == sbom.ScopeOptional {
		out.Scope = cdx.ScopeOptional
	}
	if len(c.Hashes) > 0 {
		hs := make([]cdx.Hash, len(c.Hashes))
		for i, h := range c.Hashes {
			hs[i] = cdx.Hash{Algorithm: cdx.HashAlgorithm(h.Alg), Value: h.Value}
		}
		out.Hashes = &hs
	}
	if l := licenses(c.License); l != nil {
		out.Licenses = l
	}
	props := []cdx.Property{
		{Name: "krait:direct", Value: strconv.FormatBool(c.Direct)},
	}
	var refs []cdx.ExternalReference
	for _, r := range c.ExternalRefs {
		if er, ok := externalRef(r); ok {
			refs = append(refs, er)
		} else {
			// Not a URL at all: kept as written, where no format applies.
			props = append(props, cdx.Property{Name: "krait:source-url", Value: r.URL})
		}
	}
	if len(refs) > 0 {
		out.ExternalReferences = &refs
	}
	if c.Group != "" {
		props = append(props, cdx.Property{Name: "krait:group", Value: c.Group})
	}
	if c.Source != "" {
		props = append(props, cdx.Property{Name: "krait:source", Value: c.Source})
	}
	if c.SourceFile != "" {
		at := c.SourceFile
		if c.Line > 0 {
			at += ":" + strconv.Itoa(c.Line)
		}
		props = append(props, cdx.Property{Name: "krait:declared-at", Value: at})
	}
	if c.LicenseEvidence != "" {
		props = append(props, cdx.Property{Name: "krait:license-evidence", Value: c.LicenseEvidence})
	}
	out.Properties = &props
	return out
}

// licenses writes a license: a single SPDX id as license.id, an expression
// as expression, any other name as license.name (a multi-line text as
// license.text named by its first line); nil when unknown or NONE.
func licenses(l sbom.License) *cdx.Licenses {
	switch l.Kind {
	case sbom.LicenseID:
		if newerThanSchema[l.Value] {
			return &cdx.Licenses{{Expression: l.Value}}
		}
		return &cdx.Licenses{{License: &cdx.License{ID: l.Value}}}
	case sbom.LicenseExpression:
		return &cdx.Licenses{{Expression: l.Value}}
	case sbom.LicenseName:
		if first, _, multi := strings.Cut(l.Value, "\n"); multi {
			return &cdx.Licenses{{License: &cdx.License{
				Name: strings.TrimSpace(first),
				Text: &cdx.AttachedText{ContentType: "text/plain", Content: l.Value},
			}}}
		}
		return &cdx.Licenses{{License: &cdx.License{Name: l.Value}}}
	}
	return nil
}

// newerThanSchema are the SPDX ids that krait's license list (go-spdx)
// knows but the CycloneDX 1.6 schema's license-id enum (SPDX license list
// 3.28.0) does not: written as license.id they would not validate, so they
// are written as one-id expressions. TestLicenseIDsInSchema keeps the
// table in step when go-spdx is upgraded.
var newerThanSchema = map[string]bool{
	"atc-game": true, "Brian-Gladman-3-Clause-no-conversion": true, "BSD-2-Clause-pos-unchanged": true,
	"BSD-3-Clause-OpenWebUI": true, "BSD-ask-to-endorse": true, "BSD-Source-alt-GPL": true,
	"BSD-Source-Code-no-disclaimer": true, "Bugroff": true, "CC-BY-NC-3.0-IGO": true, "FDK-MPEG-H": true,
	"Hippocratic-3.0-core": true, "Informatica": true, "MVT-1.1": true,
}

// externalRef converts a source reference; false when its URL cannot be
// written as an IRI reference.
func externalRef(r sbom.ExternalRef) (cdx.ExternalReference, bool) {
	var er cdx.ExternalReference
	switch r.Kind {
	case sbom.RefVCS:
		er = cdx.ExternalReference{Type: cdx.ERTypeVCS, URL: iriSafe(r.URL)}
	case sbom.RefDistribution:
		er = cdx.ExternalReference{Type: cdx.ERTypeDistribution, URL: iriSafe(r.URL)}
	default:
		// A local path, written as a relative or absolute IRI reference
		// (spaces and the like percent-encoded).
		u := &url.URL{Path: strings.ReplaceAll(r.URL, `\`, "/")}
		er = cdx.ExternalReference{Type: cdx.ERTypeOther, URL: u.String(), Comment: "local path"}
	}
	if _, err := url.Parse(er.URL); err != nil || er.URL == "" {
		return er, false
	}
	return er, true
}

// iriSafe percent-encodes the bytes an IRI reference may not hold
// (spaces, controls, "<>\^`{|}, and a "%" that starts no escape), so that a URL as written in a
// manifest meets the schema's iri-reference format.
func iriSafe(s string) string {
	const hexdigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		badPercent := c == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]))
		if c <= ' ' || c == 0x7f || badPercent || strings.IndexByte("\"<>\\^`{|}", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hexdigits[c>>4])
			b.WriteByte(hexdigits[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func vulnerability(v *sbom.Vuln, versions map[string]string) cdx.Vulnerability {
	out := cdx.Vulnerability{ID: v.ID, Description: v.Description}
	if src := sourceOf(v.ID); src != "" || v.URL != "" {
		out.Source = &cdx.Source{Name: src, URL: v.URL}
	}
	if len(v.Aliases) > 0 {
		refs := make([]cdx.VulnerabilityReference, 0, len(v.Aliases))
		for _, a := range v.Aliases {
			name := sourceOf(a)
			if name == "" {
				name = "OSV"
			}
			refs = append(refs, cdx.VulnerabilityReference{ID: a, Source: &cdx.Source{Name: name}})
		}
		out.References = &refs
	}
	if r, ok := rating(v); ok {
		out.Ratings = &[]cdx.VulnerabilityRating{r}
	}
	switch len(v.Fixed) {
	case 0:
	case 1:
		out.Recommendation = "Upgrade to version " + v.Fixed[0] + " or later."
	default:
		out.Recommendation = "Upgrade to a fixed version: " + strings.Join(v.Fixed, ", ") + "."
	}
	if v.URL != "" {
		out.Advisories = &[]cdx.Advisory{{Title: v.ID, URL: v.URL}}
	}
	if len(v.Affects) > 0 {
		affects := make([]cdx.Affects, 0, len(v.Affects))
		for _, ref := range v.Affects {
			a := cdx.Affects{Ref: ref}
			if ver := versions[ref]; ver != "" {
				a.Range = &[]cdx.AffectedVersions{{Version: ver, Status: cdx.VulnerabilityStatusAffected}}
			}
			affects = append(affects, a)
		}
		out.Affects = &affects
	}
	return out
}

// sourceOf names the database an advisory id comes from.
func sourceOf(id string) string {
	switch {
	case strings.HasPrefix(id, "PYSEC-"):
		return "PyPA"
	case strings.HasPrefix(id, "GHSA-"):
		return "GitHub"
	case strings.HasPrefix(id, "CVE-"):
		return "NVD"
	case strings.HasPrefix(id, "OSV-"), strings.HasPrefix(id, "MAL-"):
		return "OSV"
	}
	return ""
}

// rating converts the vulnerability's rating; false when it has none.
func rating(v *sbom.Vuln) (cdx.VulnerabilityRating, bool) {
	r := cdx.VulnerabilityRating{Severity: severity(v.Severity), Vector: v.Vector}
	switch v.Method {
	case "CVSS_V2":
		r.Method = cdx.ScoringMethodCVSSv2
	case "CVSS_V3":
		r.Method = cdx.ScoringMethodCVSSv3
		if strings.HasPrefix(v.Vector, "CVSS:3.1/") {
			r.Method = cdx.ScoringMethodCVSSv31
		}
	case "CVSS_V4":
		r.Method = cdx.ScoringMethodCVSSv4
	default:
		if v.Severity == "" && v.Vector == "" {
			return r, false
		}
		r.Method = cdx.ScoringMethodOther
	}
	if v.Score > 0 {
		s := v.Score
		r.Score = &s
	}
	return r, true
}

func severity(s string) cdx.Severity {
	switch strings.ToLower(s) {
	case "critical":
		return cdx.SeverityCritical
	case "high":
		return cdx.SeverityHigh
	case "medium", "moderate":
		return cdx.SeverityMedium
	case "low":
		return cdx.SeverityLow
	case "info":
		return cdx.SeverityInfo
	case "none":
		return cdx.SeverityNone
	}
	return cdx.SeverityUnknown
}
