// Package sbom holds krait's neutral model of a software bill of materials
// and builds it from a project's dependency inventory. The format writers
// (report/cyclonedx, report/spdx) read the model; nothing here knows a
// format.
//
// Rules:
//
//   - One Component per (PEP 503 name, version, non-index source URL):
//     the same pin read from several files (a requirements file and a lock,
//     two requirements files) is one component whose hashes are the union,
//     Direct if any declaration is, required if any declaration is. An
//     unpinned index declaration of a name that also has a pinned
//     component is folded into it (the lock resolved it).
//   - Constraints are left out (they install nothing); so are entries with
//     neither a name nor a URL, and the project itself when a lock lists
//     it under the project's name and version.
//   - Scope is optional for packages of a dev group or an extra, required
//     otherwise (groups "", "main" and "default" are required).
//   - The graph: the root (the project) depends on the direct components,
//     or on every component when none is direct (an installed environment,
//     a lock read alone). A component's own edges are written only when
//     Options.Edges knows them; a component absent from Edges has unknown
//     dependencies, which is not the same as none.
//   - Everything is sorted, and the document's serial (a UUID) is derived
//     from a hash of its content, so equal inputs give equal documents;
//     with a fixed Timestamp (ResolveTime with --deterministic or
//     SOURCE_DATE_EPOCH) the output of a writer is byte-identical.
package sbom

import (
	"cmp"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/package-url/packageurl-go"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Scope says whether a component is needed at run time.
type Scope string

// The scopes of a Component.
const (
	ScopeRequired Scope = "required" // a runtime dependency
	ScopeOptional Scope = "optional" // a dev group or an extra
)

// Document is one SBOM.
type Document struct {
	Project         Project
	Tool            Tool
	Timestamp       time.Time // UTC, whole seconds; the creation time (zero: unknown, see the writers)
	Serial          string    // a UUID (no urn: prefix) derived from the content; see Build
	Components      []Component
	Dependencies    []Dependency
	Vulnerabilities []Vuln
}

// Project is the root component: the project the SBOM describes.
type Project struct {
	Name    string
	Version string
	PURL    string // pkg:pypi/<name>@<version> when Name is a valid project name; else ""
	Ref     string // the root's reference in Dependencies (the PURL, else "krait:project:<name>")
}

// Tool names the program that wrote the SBOM.
type Tool struct {
	Name    string
	Version string
}

// Component is one dependency.
type Component struct {
	Ref        string // unique within the document: the PURL when there is one
	Name       string // as first declared (sorted by file and line)
	Normalized string // PEP 503 normal form of Name
	Version    string // the exact pin; "" when the package is not pinned
	PURL       string // pkg:pypi/<normalized>[@<version>][?vcs_url=...|download_url=...]; "" without a name
	Hashes     []Hash // sorted by algorithm and value, without duplicates
	License    License
	// LicenseEvidence says where the license came from (as the license
	// detector reported it); "" when unknown.
	LicenseEvidence string
	Scope           Scope
	Direct          bool
	Group           string // dependency group or extra of the first required declaration, else of the first one
	Source          string // inventory.Source* of the first declaration
	SourceFile      string // the file of the first declaration
	Line            int    // its 1-based line
	ExternalRefs    []ExternalRef
}

// Hash is one digest of a component's distribution files.
type Hash struct {
	Alg   string // CycloneDX spelling: MD5, SHA-1, SHA-256, SHA-384, SHA-512, SHA3-256, ..., BLAKE2b-256, ..., BLAKE3
	Value string // lower-case hex
}

// External reference kinds.
const (
	RefVCS          = "vcs"          // a version-control URL (git+https://...)
	RefDistribution = "distribution" // a direct archive URL
	RefPath         = "path"         // a local directory or archive (also editable installs)
)

// ExternalRef is where a component not taken from an index comes from.
type ExternalRef struct {
	Kind string // RefVCS, RefDistribution or RefPath
	URL  string // as written in the manifest
}

// Dependency is one node of the graph with its outgoing edges.
type Dependency struct {
	Ref       string
	DependsOn []string // sorted refs; empty means "depends on nothing"
}

// Vuln is one vulnerability affecting components of the document.
type Vuln struct {
	ID          string
	Aliases     []string
	Severity    string  // low, medium, high or critical; "" when unknown
	Score       float64 // CVSS score; 0 when the rating is not from a vector
	Method      string  // CVSS_V2, CVSS_V3, CVSS_V4, or another/empty rating source (as osv.Rating.Type)
	Vector      string  // the CVSS vector
	Fixed       []string
	Description string
	URL         string
	// Package and Version name the affected package on input (any
	// spelling of the name); Build resolves them to Affects.
	Package string
	Version string
	// Affects are the refs of the affected components, set by Build.
	Affects []string
}

// Key names a package in a license map: PEP 503 normalised name and
// version ("" for a license that holds for every version).
type Key struct {
	Name    string
	Version string
}

// LicenseInfo is the license krait determined for a package.
type LicenseInfo struct {
	Expression string // an SPDX expression, a license name, or ""/NOASSERTION/UNKNOWN when unknown
	Evidence   string // where it came from
}

// Options tunes Build.
type Options struct {
	Project   Project   // Name and Version are read; PURL and Ref are computed
	Tool      Tool      // the writing program
	Timestamp time.Time // creation time; see ResolveTime
	// Licenses maps packages to their licenses; a Key with an empty
	// Version applies to every version of the name.
	Licenses map[Key]LicenseInfo
	// Vulns are the vulnerabilities to include (krait deps --with-vulns).
	Vulns []Vuln
	// Edges maps a PEP 503 name to the names it depends on, when a lock
	// file says so. Edges to names that are not components are dropped.
	Edges map[string][]string
}

// ResolveTime returns the document timestamp: SOURCE_DATE_EPOCH (its value
// is passed in, "" when unset) when set, else the Unix epoch when
// deterministic, else now. The result is UTC, truncated to seconds.
func ResolveTime(deterministic bool, sourceDateEpoch string, now time.Time) (time.Time, error) {
	if s := strings.TrimSpace(sourceDateEpoch); s != "" {
		secs, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q: not a number of seconds since 1970: %w", sourceDateEpoch, err)
		}
		return time.Unix(secs, 0).UTC(), nil
	}
	if deterministic {
		return time.Unix(0, 0).UTC(), nil
	}
	return now.UTC().Truncate(time.Second), nil
}

// Build makes the document of pkgs. It does not modify pkgs or opts.
func Build(pkgs []inventory.Package, opts Options) (*Document, error) {
	doc := &Document{Tool: opts.Tool, Timestamp: opts.Timestamp.UTC().Truncate(time.Second)}
	doc.Project = buildProject(opts.Project)

	comps, err := buildComponents(pkgs, opts.Licenses)
	if err != nil {
		return nil, err
	}
	// A lock that lists the project itself (same name and version) does
	// not make it a dependency of itself.
	doc.Components = slices.DeleteFunc(comps, func(c Component) bool { return c.Ref == doc.Project.Ref })
	doc.Dependencies = buildGraph(doc.Project.Ref, doc.Components, opts.Edges)
	doc.Vulnerabilities = buildVulns(opts.Vulns, doc.Components)

	serial, err := doc.digestUUID()
	if err != nil {
		return nil, err
	}
	doc.Serial = serial
	return doc, nil
}

// PURL returns the package URL of a PyPI project: pkg:pypi/<PEP 503
// name>[@version]. It returns "" for an empty name.
func PURL(name, version string) string {
	return purl(name, version, nil)
}

func purl(name, version string, qualifiers packageurl.Qualifiers) string {
	n := pep503.Normalize(strings.TrimSpace(name))
	if n == "" {
		return ""
	}
	return packageurl.NewPackageURL(packageurl.TypePyPi, "", n, version, qualifiers, "").ToString()
}

func buildProject(p Project) Project {
	out := Project{Name: p.Name, Version: p.Version}
	if p.Name != "" && pep503.Valid(p.Name) {
		out.PURL = PURL(p.Name, p.Version)
	}
	switch {
	case out.PURL != "":
		out.Ref = out.PURL
	case p.Name != "":
		out.Ref = "krait:project:" + p.Name
	default:
		out.Ref = "krait:project"
	}
	return out
}

// RequiredGroup reports whether packages of a dependency group are needed
// at run time: the unnamed group and the main group are, dev groups and
// extras are not.
func RequiredGroup(group string) bool {
	switch strings.ToLower(group) {
	case "", "main", "default":
		return true
	}
	return false
}

// sourceURL returns the URL that distinguishes a non-index package, and
// the kind of external reference it is.
func sourceURL(p *inventory.Package) (url, kind string) {
	switch p.Source {
	case inventory.SourceVCS:
		return p.URL, RefVCS
	case inventory.SourceURL:
		return p.URL, RefDistribution
	case inventory.SourceEditable:
		if isVCSURL(p.URL) {
			return p.URL, RefVCS
		}
		return p.URL, RefPath
	case inventory.SourcePath:
		return p.URL, RefPath
	}
	return "", ""
}

// isVCSURL reports whether u is a pip VCS URL (git+https://..., hg+ssh://...).
func isVCSURL(u string) bool {
	for _, p := range []string{"git+", "hg+", "svn+", "bzr+"} {
		if strings.HasPrefix(strings.ToLower(u), p) {
			return true
		}
	}
	return false
}

// occurrence is one declaration, with the key that merges it.
type occurrence struct {
	pkg              *inventory.Package
	name, ver, url   string
	kind             string
	required, pinned bool
}

func buildComponents(pkgs []inventory.Package, licenses map[Key]LicenseInfo) ([]Component, error) {
	var occs []occurrence
	for i := range pkgs {
		p := &pkgs[i]
		if p.Constraint {
			continue
		}
		name := p.Normalized
		if name == "" {
			name = pep503.Normalize(strings.TrimSpace(p.Name))
		}
		url, kind := sourceURL(p)
		if name == "" && url == "" {
			continue
		}
		occs = append(occs, occurrence{pkg: p, name: name, ver: p.Version, url: url, kind: kind,
			required: RequiredGroup(p.Group), pinned: p.Version != ""})
	}
	slices.SortStableFunc(occs, compareOcc)

	// Names with a pinned index component absorb their unpinned index
	// declarations.
	pinnedIndex := make(map[string]bool)
	for _, o := range occs {
		if o.pinned && o.url == "" {
			pinnedIndex[o.name] = true
		}
	}

	type mkey struct{ name, ver, url string }
	index := make(map[mkey]int)
	var comps []Component
	var folded []occurrence
	for _, o := range occs {
		if !o.pinned && o.url == "" && pinnedIndex[o.name] {
			folded = append(folded, o)
			continue
		}
		k := mkey{o.name, o.ver, o.url}
		if i, ok := index[k]; ok {
			merge(&comps[i], o)
			continue
		}
		index[k] = len(comps)
		comps = append(comps, newComponent(o))
	}
	for _, o := range folded {
		for i := range comps {
			if comps[i].Normalized == o.name && comps[i].Version != "" && len(comps[i].ExternalRefs) == 0 {
				mergeDeclaration(&comps[i], o)
			}
		}
	}

	refs := make(map[string]int)
	for i := range comps {
		c := &comps[i]
		hashes, err := normalizeHashes(c.Hashes)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %w", c.SourceFile, c.Line, c.Name, err)
		}
		c.Hashes = hashes
		li, ok := licenses[Key{c.Normalized, c.Version}]
		if !ok {
			li = licenses[Key{Name: c.Normalized}]
		}
		c.License = ParseLicense(li.Expression)
		c.LicenseEvidence = li.Evidence
		if c.Ref == "" {
			c.Ref = "krait:component:" + c.Source + ":" + c.ExternalRefs[0].URL
		}
		// Refs are unique by construction (PURLs carry the source URL);
		// a clash left by exotic spellings gets a counter.
		if n := refs[c.Ref]; n > 0 {
			refs[c.Ref] = n + 1
			c.Ref += "#" + strconv.Itoa(n+1)
		} else {
			refs[c.Ref] = 1
		}
	}
	slices.SortStableFunc(comps, func(a, b Component) int {
		return cmp.Or(cmp.Compare(a.Normalized, b.Normalized), cmp.Compare(a.Version, b.Version), cmp.Compare(a.Ref, b.Ref))
	})
	return comps, nil
}

// compareOcc orders declarations completely, so that the first of a merged
// group does not depend on the order of the input.
func compareOcc(a, b occurrence) int {
	pa, pb := a.pkg, b.pkg
	return cmp.Or(
		cmp.Compare(a.name, b.name), cmp.Compare(a.ver, b.ver), cmp.Compare(a.url, b.url),
		cmp.Compare(pa.File, pb.File), cmp.Compare(pa.Line, pb.Line),
		cmp.Compare(pa.Name, pb.Name), cmp.Compare(pa.Group, pb.Group), cmp.Compare(pa.Source, pb.Source),
		boolCmp(pa.Direct, pb.Direct), slices.Compare(pa.Hashes, pb.Hashes),
	)
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

func newComponent(o occurrence) Component {
	p := o.pkg
	c := Component{
		Name: p.Name, Normalized: o.name, Version: o.ver,
		Direct: p.Direct, Group: p.Group, Source: p.Source, SourceFile: p.File, Line: p.Line,
		Scope: ScopeOptional,
	}
	if c.Name == "" {
		c.Name = nameFromURL(o.url)
	}
	if o.required {
		c.Scope = ScopeRequired
	}
	c.Hashes = append(c.Hashes, parseHashes(p.Hashes)...)
	var q packageurl.Qualifiers
	if o.url != "" {
		c.ExternalRefs = []ExternalRef{{Kind: o.kind, URL: o.url}}
		switch o.kind {
		case RefVCS:
			q = packageurl.Qualifiers{{Key: "vcs_url", Value: o.url}}
		case RefDistribution:
			q = packageurl.Qualifiers{{Key: "download_url", Value: o.url}}
		}
	}
	if o.name != "" && o.kind != RefPath {
		c.PURL = purl(o.name, o.ver, q)
	}
	// A local path has no package URL that others could resolve; it and
	// a nameless URL get a ref of their own in buildComponents.
	c.Ref = c.PURL
	return c
}

// merge adds a later declaration of the same component.
func merge(c *Component, o occurrence) {
	mergeDeclaration(c, o)
	c.Hashes = append(c.Hashes, parseHashes(o.pkg.Hashes)...)
}

// mergeDeclaration folds the Direct flag and scope of o into c.
func mergeDeclaration(c *Component, o occurrence) {
	if o.pkg.Direct {
		c.Direct = true
	}
	if o.required && c.Scope != ScopeRequired {
		c.Scope = ScopeRequired
		c.Group = o.pkg.Group
	}
}

// nameFromURL names a package that its declaration does not name: the
// last path element of its URL, without archive extensions.
func nameFromURL(u string) string {
	u = strings.TrimRight(u, "/")
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	base := path.Base(u)
	for _, ext := range []string{".tar.gz", ".tar.bz2", ".tar.xz", ".zip", ".whl", ".tgz", ".git"} {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" || base == "." || base == "/" {
		return u
	}
	return base
}

// hashAlgs maps the algorithm names of pip's --hash option and the lock
// files (hashlib names) to CycloneDX's.
var hashAlgs = map[string]string{
	"md5": "MD5", "sha1": "SHA-1", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512",
	"sha3_256": "SHA3-256", "sha3_384": "SHA3-384", "sha3_512": "SHA3-512",
	"sha3-256": "SHA3-256", "sha3-384": "SHA3-384", "sha3-512": "SHA3-512",
	"blake2b_256": "BLAKE2b-256", "blake2b_384": "BLAKE2b-384", "blake2b_512": "BLAKE2b-512",
	"blake2b": "BLAKE2b-512", "blake3": "BLAKE3",
}

// hashLens are the hex lengths of each algorithm's digests.
var hashLens = map[string]int{
	"MD5": 32, "SHA-1": 40, "SHA-256": 64, "SHA-384": 96, "SHA-512": 128,
	"SHA3-256": 64, "SHA3-384": 96, "SHA3-512": 128,
	"BLAKE2b-256": 64, "BLAKE2b-384": 96, "BLAKE2b-512": 128, "BLAKE3": 64,
}

// parseHashes reads "algorithm:hex" (or "algorithm=hex") strings; unknown
// algorithms and malformed digests are dropped.
func parseHashes(in []string) []Hash {
	var out []Hash
	for _, h := range in {
		i := strings.IndexAny(h, ":=")
		if i < 0 {
			continue
		}
		alg, ok := hashAlgs[strings.ToLower(strings.TrimSpace(h[:i]))]
		if !ok {
			continue
		}
		v := strings.ToLower(strings.TrimSpace(h[i+1:]))
		if _, err := hex.DecodeString(v); err != nil || len(v) != hashLens[alg] {
			continue
		}
		out = append(out, Hash{Alg: alg, Value: v})
	}
	return out
}

func normalizeHashes(hs []Hash) ([]Hash, error) {
	for _, h := range hs {
		if _, ok := hashLens[h.Alg]; !ok {
			return nil, fmt.Errorf("unknown hash algorithm %q", h.Alg)
		}
	}
	slices.SortFunc(hs, func(a, b Hash) int { return cmp.Or(cmp.Compare(a.Alg, b.Alg), cmp.Compare(a.Value, b.Value)) })
	return slices.Compact(hs), nil
}

func buildGraph(root string, comps []Component, edges map[string][]string) []Dependency {
	var direct []string
	for _, c := range comps {
		if c.Direct {
			direct = append(direct, c.Ref)
		}
	}
	if len(direct) == 0 {
		for _, c := range comps {
			direct = append(direct, c.Ref)
		}
	}
	deps := []Dependency{{Ref: root, DependsOn: sortedUnique(direct)}}
	if edges == nil {
		return deps
	}
	// A dependency name resolves to every component of that name (there
	// is normally one per lock).
	byName := make(map[string][]string)
	for _, c := range comps {
		if c.Normalized != "" {
			byName[c.Normalized] = append(byName[c.Normalized], c.Ref)
		}
	}
	norm := make(map[string][]string, len(edges))
	for name, to := range edges {
		n := pep503.Normalize(name)
		norm[n] = append(norm[n], to...)
	}
	for _, c := range comps {
		to, ok := norm[c.Normalized]
		if !ok || c.Normalized == "" {
			continue
		}
		var refs []string
		for _, t := range to {
			for _, r := range byName[pep503.Normalize(t)] {
				if r != c.Ref {
					refs = append(refs, r)
				}
			}
		}
		deps = append(deps, Dependency{Ref: c.Ref, DependsOn: sortedUnique(refs)})
	}
	slices.SortStableFunc(deps[1:], func(a, b Dependency) int { return cmp.Compare(a.Ref, b.Ref) })
	return deps
}

func sortedUnique(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

// buildVulns resolves each vulnerability to the components it affects and
// merges the entries of one id.
func buildVulns(in []Vuln, comps []Component) []Vuln {
	if len(in) == 0 {
		return nil
	}
	type nv struct{ name, ver string }
	refs := make(map[nv][]string)
	for _, c := range comps {
		if c.Normalized != "" {
			k := nv{c.Normalized, c.Version}
			refs[k] = append(refs[k], c.Ref)
		}
	}
	vs := make([]Vuln, len(in))
	for i, v := range in {
		v.Aliases = slices.Clone(v.Aliases)
		v.Fixed = slices.Clone(v.Fixed)
		v.Affects = slices.Clone(v.Affects)
		v.Affects = append(v.Affects, refs[nv{pep503.Normalize(v.Package), v.Version}]...)
		vs[i] = v
	}
	slices.SortStableFunc(vs, func(a, b Vuln) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(pep503.Normalize(a.Package), pep503.Normalize(b.Package)),
			cmp.Compare(a.Version, b.Version), cmp.Compare(a.Description, b.Description), cmp.Compare(a.URL, b.URL))
	})
	var out []Vuln
	for _, v := range vs {
		if n := len(out); n > 0 && out[n-1].ID == v.ID {
			last := &out[n-1]
			last.Affects = append(last.Affects, v.Affects...)
			last.Aliases = append(last.Aliases, v.Aliases...)
			last.Fixed = append(last.Fixed, v.Fixed...)
			continue
		}
		out = append(out, v)
	}
	for i := range out {
		v := &out[i]
		v.Package, v.Version = "", ""
		v.Affects = sortedUnique(v.Affects)
		v.Aliases = slices.DeleteFunc(sortedUnique(v.Aliases), func(a string) bool { return a == v.ID })
		// Fixed versions keep their first-seen order (callers pass them in
		// version order); duplicates go.
		seen := make(map[string]bool)
		v.Fixed = slices.DeleteFunc(v.Fixed, func(f string) bool {
			dup := seen[f]
			seen[f] = true
			return dup
		})
	}
	return out
}

// digestUUID returns a UUID derived from the document's content (everything
// but the serial itself) in the manner of RFC 9562's version 5: the SHA-1 of
// a namespace and a name, with the version and variant bits set. The name
// is the hex SHA-256 of the document's JSON encoding.
func (d *Document) digestUUID() (string, error) {
	saved := d.Serial
	d.Serial = ""
	b, err := json.Marshal(d)
	d.Serial = saved
	if err != nil {
		return "", fmt.Errorf("sbom: hashing the document: %w", err)
	}
	sum := sha256.Sum256(b)
	return uuidV5(urlNamespace, "krait-sbom:"+hex.EncodeToString(sum[:])), nil
}

// urlNamespace is RFC 9562's namespace ID for URLs.
var urlNamespace = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// uuidV5 returns the version 5 UUID of name in namespace ns, formatted as
// 8-4-4-4-12 lower-case hex.
func uuidV5(ns [16]byte, name string) string {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	sum := h.Sum(nil)
	var u [16]byte
	copy(u[:], sum[:16])
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	x := hex.EncodeToString(u[:])
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}
