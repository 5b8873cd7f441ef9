// Package spdx writes an SBOM as SPDX 2.3 JSON. The document types are
// krait's own: they cover the part of SPDX 2.3 an SBOM of a Python
// project needs (packages, relationships, extracted licensing info).
//
// Mapping from the neutral model (internal/sbom):
//
//   - The document: SPDXID SPDXRef-DOCUMENT, name = the project (or
//     "krait-sbom"), documentNamespace = NamespaceBase + name + "-" +
//     Document.Serial (a UUID derived from the content, so deterministic),
//     creationInfo with creators "Tool: <name>-<version>" and created =
//     Document.Timestamp (the Unix epoch when it is zero).
//   - The project is a package (primaryPackagePurpose APPLICATION) that
//     the document DESCRIBES; every component is a package (LIBRARY)
//     with a sanitised SPDXID ("SPDXRef-Package-<name>-<version>", plus a
//     short hash of its ref for packages not taken from an index),
//     versionInfo, downloadLocation (the VCS or archive URL; NOASSERTION
//     for index and local packages), filesAnalyzed false, checksums, the
//     purl as a PACKAGE-MANAGER external reference, advisories of its
//     vulnerabilities as SECURITY references, and a comment with scope,
//     group and where it was declared.
//   - licenseDeclared and licenseConcluded both carry the license krait
//     determined: the SPDX id or expression; NOASSERTION when unknown;
//     NONE when the package declares none; a name that is not SPDX
//     becomes LicenseRef-<sanitised name> with the name as its extracted
//     text. LicenseRef- ids used by expressions are listed in
//     hasExtractedLicensingInfos with extractedText NOASSERTION (krait has
//     no text for them).
//   - relationships: DOCUMENT DESCRIBES root, then one DEPENDS_ON per
//     edge of the graph; a package known to depend on nothing DEPENDS_ON
//     NONE; packages with unknown dependencies have no edge of their own.
package spdx

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/sbom"
)

// DefaultNamespaceBase prefixes the documentNamespace of the documents
// Write produces.
const DefaultNamespaceBase = "https://github.com/krait-dev/krait/spdxdocs/"

// Version is the SPDX version written.
const Version = "SPDX-2.3"

// Options tunes Write.
type Options struct {
	// NamespaceBase prefixes documentNamespace; DefaultNamespaceBase when
	// empty.
	NamespaceBase string
}

// Document is an SPDX 2.3 document.
type Document struct {
	SPDXVersion                string             `json:"spdxVersion"`
	DataLicense                string             `json:"dataLicense"`
	SPDXID                     string             `json:"SPDXID"`
	Name                       string             `json:"name"`
	DocumentNamespace          string             `json:"documentNamespace"`
	CreationInfo               CreationInfo       `json:"creationInfo"`
	Packages                   []Package          `json:"packages"`
	HasExtractedLicensingInfos []ExtractedLicense `json:"hasExtractedLicensingInfos,omitempty"`
	Relationships              []Relationship     `json:"relationships"`
}

// CreationInfo says who made the document and when.
type CreationInfo struct {
	Created  string   `json:"created"` // YYYY-MM-DDThh:mm:ssZ
	Creators []string `json:"creators"`
}

// Package is one SPDX package.
type Package struct {
	SPDXID                string        `json:"SPDXID"`
	Name                  string        `json:"name"`
	VersionInfo           string        `json:"versionInfo,omitempty"`
	DownloadLocation      string        `json:"downloadLocation"`
	FilesAnalyzed         bool          `json:"filesAnalyzed"`
	Checksums             []Checksum    `json:"checksums,omitempty"`
	LicenseConcluded      string        `json:"licenseConcluded"`
	LicenseDeclared       string        `json:"licenseDeclared"`
	ExternalRefs          []ExternalRef `json:"externalRefs,omitempty"`
	PrimaryPackagePurpose string        `json:"primaryPackagePurpose,omitempty"`
	Comment               string        `json:"comment,omitempty"`
}

// Checksum is one digest of a package.
type Checksum struct {
	Algorithm     string `json:"algorithm"`
	ChecksumValue string `json:"checksumValue"`
}

// ExternalRef is an external reference of a package.
type ExternalRef struct {
	ReferenceCategory string `json:"referenceCategory"`
	ReferenceType     string `json:"referenceType"`
	ReferenceLocator  string `json:"referenceLocator"`
}

// ExtractedLicense defines a LicenseRef- used in the document.
type ExtractedLicense struct {
	LicenseID     string `json:"licenseId"`
	ExtractedText string `json:"extractedText"`
	Name          string `json:"name,omitempty"`
	Comment       string `json:"comment,omitempty"`
}

// Relationship relates two elements.
type Relationship struct {
	SPDXElementID      string `json:"spdxElementId"`
	RelationshipType   string `json:"relationshipType"`
	RelatedSPDXElement string `json:"relatedSpdxElement"`
}

// Write encodes doc as SPDX 2.3 JSON.
func Write(w io.Writer, doc *sbom.Document, opts Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Convert(doc, opts)); err != nil {
		return fmt.Errorf("spdx: encoding the document: %w", err)
	}
	return nil
}

// Convert builds the SPDX document of doc.
func Convert(doc *sbom.Document, opts Options) *Document {
	base := opts.NamespaceBase
	if base == "" {
		base = DefaultNamespaceBase
	}
	name := doc.Project.Name
	if name == "" {
		name = "krait-sbom"
	}
	creator := "Tool: " + doc.Tool.Name
	if doc.Tool.Name == "" {
		creator = "Tool: krait"
	}
	if doc.Tool.Version != "" {
		creator += "-" + doc.Tool.Version
	}
	out := &Document{
		SPDXVersion: Version, DataLicense: "CC0-1.0", SPDXID: "SPDXRef-DOCUMENT",
		Name:              name,
		DocumentNamespace: base + url.PathEscape(name) + "-" + doc.Serial,
		CreationInfo: CreationInfo{
			Created:  created(doc.Timestamp),
			Creators: []string{creator},
		},
	}
	lic := newLicenses()

	ids := newIDs()
	rootID := ids.take("SPDXRef-Root-" + sanitize(name))
	byRef := map[string]string{doc.Project.Ref: rootID}
	root := Package{
		SPDXID: rootID, Name: name, VersionInfo: doc.Project.Version,
		DownloadLocation: "NOASSERTION", LicenseConcluded: "NOASSERTION", LicenseDeclared: "NOASSERTION",
		PrimaryPackagePurpose: "APPLICATION",
	}
	if doc.Project.PURL != "" {
		root.ExternalRefs = []ExternalRef{{ReferenceCategory: "PACKAGE-MANAGER", ReferenceType: "purl", ReferenceLocator: doc.Project.PURL}}
	}
	out.Packages = append(out.Packages, root)

	advisories := make(map[string][]string)
	for _, v := range doc.Vulnerabilities {
		if v.URL == "" {
			continue
		}
		for _, ref := range v.Affects {
			advisories[ref] = append(advisories[ref], v.URL)
		}
	}
	for i := range doc.Components {
		c := &doc.Components[i]
		id := ids.take(packageID(c))
		byRef[c.Ref] = id
		out.Packages = append(out.Packages, pkg(c, id, lic, advisories[c.Ref]))
	}
	out.HasExtractedLicensingInfos = lic.list()

	out.Relationships = append(out.Relationships, Relationship{"SPDXRef-DOCUMENT", "DESCRIBES", rootID})
	for _, d := range doc.Dependencies {
		from, ok := byRef[d.Ref]
		if !ok {
			continue
		}
		if len(d.DependsOn) == 0 && d.Ref != doc.Project.Ref {
			out.Relationships = append(out.Relationships, Relationship{from, "DEPENDS_ON", "NONE"})
			continue
		}
		for _, to := range d.DependsOn {
			if toID, ok := byRef[to]; ok {
				out.Relationships = append(out.Relationships, Relationship{from, "DEPENDS_ON", toID})
			}
		}
	}
	return out
}

// created formats the creation time; a zero time (unknown) is written as
// the Unix epoch, since SPDX requires one.
func created(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format(time.RFC3339)
}

func pkg(c *sbom.Component, id string, lic *licenses, advisories []string) Package {
	p := Package{
		SPDXID: id, Name: c.Name, VersionInfo: c.Version,
		DownloadLocation:      downloadLocation(c),
		PrimaryPackagePurpose: "LIBRARY",
	}
	p.LicenseDeclared = lic.expression(c.License)
	p.LicenseConcluded = p.LicenseDeclared
	for _, h := range c.Hashes {
		if alg, ok := checksumAlgs[h.Alg]; ok {
			p.Checksums = append(p.Checksums, Checksum{Algorithm: alg, ChecksumValue: h.Value})
		}
	}
	if c.PURL != "" {
		p.ExternalRefs = append(p.ExternalRefs, ExternalRef{"PACKAGE-MANAGER", "purl", c.PURL})
	}
	advisories = slices.Clone(advisories)
	slices.Sort(advisories)
	for _, a := range slices.Compact(advisories) {
		p.ExternalRefs = append(p.ExternalRefs, ExternalRef{"SECURITY", "advisory", a})
	}
	var notes []string
	notes = append(notes, "scope: "+string(c.Scope))
	if c.Direct {
		notes = append(notes, "direct dependency")
	}
	if c.Group != "" {
		notes = append(notes, "group: "+c.Group)
	}
	if c.SourceFile != "" {
		at := c.SourceFile
		if c.Line > 0 {
			at += ":" + strconv.Itoa(c.Line)
		}
		notes = append(notes, "declared at "+at)
	}
	if c.LicenseEvidence != "" {
		notes = append(notes, "license evidence: "+c.LicenseEvidence)
	}
	p.Comment = strings.Join(notes, "; ")
	return p
}

// checksumAlgs maps the model's algorithm names to SPDX's.
var checksumAlgs = map[string]string{
	"MD5": "MD5", "SHA-1": "SHA1", "SHA-256": "SHA256", "SHA-384": "SHA384", "SHA-512": "SHA512",
	"SHA3-256": "SHA3-256", "SHA3-384": "SHA3-384", "SHA3-512": "SHA3-512",
	"BLAKE2b-256": "BLAKE2b-256", "BLAKE2b-384": "BLAKE2b-384", "BLAKE2b-512": "BLAKE2b-512", "BLAKE3": "BLAKE3",
}

// downloadLocation is the VCS location (without pip's #egg= fragment) or
// the archive URL of a package; NOASSERTION otherwise.
func downloadLocation(c *sbom.Component) string {
	for _, r := range c.ExternalRefs {
		switch r.Kind {
		case sbom.RefVCS:
			u, _, _ := strings.Cut(r.URL, "#")
			return u
		case sbom.RefDistribution:
			return r.URL
		}
	}
	return "NOASSERTION"
}

// packageID is the SPDXID a component asks for.
func packageID(c *sbom.Component) string {
	name := c.Normalized
	if name == "" {
		name = c.Name
	}
	id := "SPDXRef-Package-" + sanitize(name)
	if c.Version != "" {
		id += "-" + sanitize(c.Version)
	}
	if len(c.ExternalRefs) > 0 || c.PURL == "" {
		id += "-" + shortHash(c.Ref)
	}
	return id
}

// sanitize keeps the characters an SPDX id may hold (letters, digits, "."
// and "-"), turning runs of others into one "-".
func sanitize(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-') {
			b.WriteRune(r)
			dash = r == '-'
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if out == "" {
		return "x"
	}
	return out
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}

// ids hands out unique SPDX ids.
type ids struct{ used map[string]bool }

func newIDs() *ids { return &ids{used: map[string]bool{"SPDXRef-DOCUMENT": true}} }

// take returns want, or want with a counter when it is taken.
func (s *ids) take(want string) string {
	id := want
	for n := 2; s.used[id]; n++ {
		id = want + "-" + strconv.Itoa(n)
	}
	s.used[id] = true
	return id
}

// licenses collects the LicenseRef- definitions a document needs.
type licenses struct {
	byID map[string]ExtractedLicense
	// byText maps a non-SPDX license name to its LicenseRef- id.
	byText map[string]string
}

func newLicenses() *licenses {
	return &licenses{byID: map[string]ExtractedLicense{}, byText: map[string]string{}}
}

// expression returns the SPDX license field for l, defining the
// LicenseRef- ids it uses.
func (ls *licenses) expression(l sbom.License) string {
	switch l.Kind {
	case sbom.LicenseNone:
		return "NONE"
	case sbom.LicenseID:
		return l.Value
	case sbom.LicenseExpression:
		for _, ref := range l.Refs {
			if !strings.HasPrefix(ref, "LicenseRef-") {
				continue
			}
			if _, ok := ls.byID[ref]; !ok {
				ls.byID[ref] = ExtractedLicense{LicenseID: ref, ExtractedText: "NOASSERTION", Name: strings.TrimPrefix(ref, "LicenseRef-"),
					Comment: "named by the package's license expression; krait has no text for it"}
			}
		}
		return l.Value
	case sbom.LicenseName:
		if id, ok := ls.byText[l.Value]; ok {
			return id
		}
		first, _, _ := strings.Cut(l.Value, "\n")
		first = strings.TrimSpace(first)
		id := "LicenseRef-" + sanitize(first)
		if len(id) > 80 {
			id = strings.TrimRight(id[:64], "-.")
		}
		if e, taken := ls.byID[id]; taken && e.ExtractedText != l.Value {
			id += "-" + shortHash(l.Value)
		}
		ls.byText[l.Value] = id
		ls.byID[id] = ExtractedLicense{LicenseID: id, ExtractedText: l.Value, Name: first,
			Comment: "a license that is not on the SPDX license list, as the package names it"}
		return id
	}
	return "NOASSERTION"
}

// list returns the definitions sorted by id.
func (ls *licenses) list() []ExtractedLicense {
	out := make([]ExtractedLicense, 0, len(ls.byID))
	for _, e := range ls.byID {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b ExtractedLicense) int { return cmp.Compare(a.LicenseID, b.LicenseID) })
	return out
}
