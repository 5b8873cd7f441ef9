// Package sarif writes findings as a SARIF 2.1.0 log, the format GitHub code
// scanning and most CI systems read.
//
// The log has one run. Its tool.driver describes krait and every rule passed
// to Write (sorted by ID), plus a descriptor built from the findings for any
// rule a finding names that is not in that list. Each finding becomes one
// result; the output is indented JSON ending in a newline, and the same
// findings and rules always give the same bytes.
//
// # Mapping
//
// Severity becomes the SARIF level and the numeric "security-severity"
// property GitHub uses to rank alerts:
//
//	krait     level    security-severity  (GitHub's band)
//	critical  error    9.5                (critical: 9.0–10.0)
//	high      error    8.0                (high:     7.0–8.9)
//	medium    warning  5.5                (medium:   4.0–6.9)
//	low       note     3.0                (low:      0.1–3.9)
//
// Confidence becomes the rule's "precision" property: low, medium or high.
//
// # Columns
//
// krait's findings count columns in UTF-8 bytes. SARIF's default column kind
// is utf16CodeUnits, which is what GitHub and the VS Code SARIF viewer
// assume, so the run states columnKind "utf16CodeUnits" and every column is
// converted: the bytes of the line before the column are decoded from the
// finding's snippet and counted in UTF-16 code units (a character outside the
// Basic Multilingual Plane counts 2, an invalid byte 1). Where the snippet
// does not cover the column (no snippet, a line cut by finding.SourceLine, a
// trace step on another line) the uncovered bytes count one unit each, which
// is exact for ASCII text. End columns are exclusive, as in SARIF.
//
// # Paths
//
// A relative finding path becomes a relative, slash-separated,
// percent-encoded URI with uriBaseId "%SRCROOT%" (GitHub resolves it against
// the repository root). When ToolInfo.SourceRoot is set, paths are resolved
// against the working directory and a path inside the source root is made
// relative to it; any other absolute path becomes a file:// URI.
package sarif

import (
	"encoding/json"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/finding"
)

// SchemaURI is the $schema of the logs Write produces: the official OASIS
// SARIF 2.1.0 schema (errata 01).
const SchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// SourceRootID is the uriBaseId of every relative artifact location.
const SourceRootID = "%SRCROOT%"

// DefaultInformationURI is the tool's informationUri when ToolInfo leaves it
// empty.
const DefaultInformationURI = "https://github.com/krait-dev/krait"

// ToolInfo describes the tool that produced the findings.
type ToolInfo struct {
	Name           string // tool.driver.name; "krait" when empty
	Version        string // tool.driver.version; omitted when empty
	InformationURI string // tool.driver.informationUri; DefaultInformationURI when empty
	// SourceRoot is the absolute directory that %SRCROOT% stands for. When
	// set, it is recorded in run.originalUriBaseIds and absolute finding
	// paths below it are written relative to it. Optional.
	SourceRoot string
}

// SecuritySeverity returns the "security-severity" score of s as GitHub
// reads it: a decimal number in a string.
func SecuritySeverity(s finding.Severity) string {
	switch s {
	case finding.Critical:
		return "9.5"
	case finding.High:
		return "8.0"
	case finding.Medium:
		return "5.5"
	}
	return "3.0"
}

// Level returns the SARIF level of s: "error" for critical and high,
// "warning" for medium, "note" for low.
func Level(s finding.Severity) string {
	switch s {
	case finding.Critical, finding.High:
		return "error"
	case finding.Medium:
		return "warning"
	}
	return "note"
}

// Precision returns the SARIF "precision" property of c: "low", "medium" or
// "high".
func Precision(c finding.Confidence) string {
	switch c {
	case finding.HighConfidence:
		return "high"
	case finding.MediumConfidence:
		return "medium"
	}
	return "low"
}

// Write writes findings as a SARIF 2.1.0 log to w. rules are the rules that
// ran (their metadata becomes tool.driver.rules); findings need not be
// sorted.
func Write(w io.Writer, findings []finding.Finding, rules []*analysis.Rule, info ToolInfo) error {
	log, err := build(findings, rules, info)
	if err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	return nil
}

// The SARIF object model, as far as krait uses it. Field order is output
// order.

type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool               tool                        `json:"tool"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []result                    `json:"results"`
}

type tool struct {
	Driver driver `json:"driver"`
}

type driver struct {
	Name           string       `json:"name"`
	Version        string       `json:"version,omitempty"`
	InformationURI string       `json:"informationUri,omitempty"`
	Rules          []descriptor `json:"rules"`
}

type message struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type descriptor struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     message        `json:"shortDescription"`
	FullDescription      message        `json:"fullDescription"`
	Help                 *message       `json:"help,omitempty"`
	DefaultConfiguration configuration  `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type configuration struct {
	Level string `json:"level"`
}

type result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             message           `json:"message"`
	Locations           []location        `json:"locations,omitempty"`
	CodeFlows           []codeFlow        `json:"codeFlows,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Suppressions        []suppression     `json:"suppressions,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type location struct {
	PhysicalLocation physicalLocation `json:"physicalLocation"`
	Message          *message         `json:"message,omitempty"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           *region          `json:"region,omitempty"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type region struct {
	StartLine   int              `json:"startLine"`
	StartColumn int              `json:"startColumn,omitempty"`
	EndLine     int              `json:"endLine,omitempty"`
	EndColumn   int              `json:"endColumn,omitempty"`
	Snippet     *artifactContent `json:"snippet,omitempty"`
}

type artifactContent struct {
	Text string `json:"text"`
}

type codeFlow struct {
	ThreadFlows []threadFlow `json:"threadFlows"`
}

type threadFlow struct {
	Locations []threadFlowLocation `json:"locations"`
}

type threadFlowLocation struct {
	Location location `json:"location"`
}

type suppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

func build(findings []finding.Finding, rules []*analysis.Rule, info ToolInfo) (*sarifLog, error) {
	fs := make([]finding.Finding, len(findings))
	copy(fs, findings)
	finding.Sort(fs)

	// The rules that ran, sorted by ID, then one descriptor for each rule
	// that only the findings name.
	var descs []descriptor
	index := make(map[string]int)
	sorted := make([]*analysis.Rule, 0, len(rules))
	for _, r := range rules {
		if r != nil {
			sorted = append(sorted, r)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	for _, r := range sorted {
		if _, dup := index[r.ID]; dup {
			continue
		}
		index[r.ID] = len(descs)
		descs = append(descs, ruleDescriptor(r))
	}
	var extra []*analysis.Rule
	seen := make(map[string]bool)
	for i := range fs {
		f := &fs[i]
		if _, ok := index[f.RuleID]; ok || seen[f.RuleID] {
			continue
		}
		seen[f.RuleID] = true
		extra = append(extra, &analysis.Rule{
			ID: f.RuleID, Name: f.RuleName, Aliases: f.Aliases, CWE: f.CWE,
			Severity: f.Severity, Confidence: f.Confidence,
		})
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i].ID < extra[j].ID })
	for _, r := range extra {
		index[r.ID] = len(descs)
		descs = append(descs, ruleDescriptor(r))
	}
	if descs == nil {
		descs = []descriptor{}
	}

	root := ""
	if info.SourceRoot != "" {
		abs, err := filepath.Abs(info.SourceRoot)
		if err != nil {
			return nil, fmt.Errorf("source root %s: %w", info.SourceRoot, err)
		}
		root = filepath.ToSlash(abs)
	}
	results := make([]result, 0, len(fs))
	for i := range fs {
		results = append(results, toResult(&fs[i], index[fs[i].RuleID], root))
	}

	r := run{
		Tool: tool{Driver: driver{
			Name:           orDefault(info.Name, "krait"),
			Version:        info.Version,
			InformationURI: orDefault(info.InformationURI, DefaultInformationURI),
			Rules:          descs,
		}},
		ColumnKind: "utf16CodeUnits",
		Results:    results,
	}
	if root != "" {
		r.OriginalURIBaseIDs = map[string]artifactLocation{SourceRootID: {URI: fileURI(root + "/")}}
	}
	return &sarifLog{Schema: SchemaURI, Version: "2.1.0", Runs: []run{r}}, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func ruleDescriptor(r *analysis.Rule) descriptor {
	short := strings.TrimSpace(r.Summary)
	if short == "" {
		short = orDefault(r.Name, r.ID)
	}
	full := docSection(r.Doc, "What it does")
	if full == "" {
		full = short
	}
	tags := []string{"security"}
	cwes := append([]int(nil), r.CWE...)
	sort.Ints(cwes)
	for i, c := range cwes {
		if i > 0 && cwes[i-1] == c {
			continue
		}
		tags = append(tags, "external/cwe/cwe-"+strconv.Itoa(c))
	}
	props := map[string]any{
		"tags":              tags,
		"security-severity": SecuritySeverity(r.Severity),
		"precision":         Precision(r.Confidence),
	}
	if len(r.Aliases) > 0 {
		props["aliases"] = r.Aliases
	}
	d := descriptor{
		ID:                   r.ID,
		Name:                 r.Name,
		ShortDescription:     message{Text: short},
		FullDescription:      message{Text: full},
		DefaultConfiguration: configuration{Level: Level(r.Severity)},
		Properties:           props,
	}
	if doc := strings.TrimSpace(r.Doc); doc != "" {
		d.Help = &message{Text: doc, Markdown: doc}
	}
	return d
}

// docSection returns the text of the Markdown section of doc whose heading
// is title (any level), with its lines joined by spaces, up to the next
// heading; "" when there is no such section.
func docSection(doc, title string) string {
	var out []string
	in := false
	for _, line := range strings.Split(doc, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "#") {
			if in {
				break
			}
			in = strings.EqualFold(strings.TrimSpace(strings.TrimLeft(t, "#")), title)
			continue
		}
		if in && t != "" {
			out = append(out, t)
		}
	}
	return strings.Join(out, " ")
}

func toResult(f *finding.Finding, ruleIndex int, root string) result {
	res := result{
		RuleID:    f.RuleID,
		RuleIndex: ruleIndex,
		Level:     Level(f.Severity),
		Message:   message{Text: orDefault(f.Message, f.RuleName)},
	}
	if f.Path != "" {
		loc := location{PhysicalLocation: physicalLocation{ArtifactLocation: artifactURI(f.Path, root)}}
		if f.Line > 0 {
			loc.PhysicalLocation.Region = findingRegion(f)
		}
		res.Locations = []location{loc}
	}
	if len(f.Trace) > 0 {
		var tfl []threadFlowLocation
		for _, s := range f.Trace {
			loc := location{PhysicalLocation: physicalLocation{ArtifactLocation: artifactURI(s.Path, root)}}
			if s.Line > 0 {
				rg := &region{StartLine: s.Line}
				if s.Column > 0 {
					line := ""
					if s.Path == f.Path && s.Line == f.Line {
						line = snippetLine(f.Snippet, 0)
					}
					rg.StartColumn = utf16Column(line, s.Column)
				}
				loc.PhysicalLocation.Region = rg
			}
			if s.Message != "" {
				loc.Message = &message{Text: s.Message}
			}
			tfl = append(tfl, threadFlowLocation{Location: loc})
		}
		res.CodeFlows = []codeFlow{{ThreadFlows: []threadFlow{{Locations: tfl}}}}
	}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{"primaryLocationLineHash": f.Fingerprint}
	}
	if s := f.Suppressed; s != nil {
		kind := "external"
		if s.Kind == "inline" {
			kind = "inSource"
		}
		res.Suppressions = []suppression{{Kind: kind, Justification: s.Reason}}
	}
	props := map[string]any{
		"severity":   f.Severity.String(),
		"confidence": f.Confidence.String(),
	}
	if f.Package != "" {
		props["package"] = f.Package
	}
	if f.Version != "" {
		props["version"] = f.Version
	}
	if len(f.FixedVersions) > 0 {
		props["fixed_versions"] = f.FixedVersions
	}
	res.Properties = props
	return res
}

// findingRegion returns the region of f, which has a line.
func findingRegion(f *finding.Finding) *region {
	first := snippetLine(f.Snippet, 0)
	rg := &region{StartLine: f.Line}
	if f.Column > 0 {
		rg.StartColumn = utf16Column(first, f.Column)
	}
	if f.EndLine >= f.Line || (f.EndLine == 0 && f.EndColumn > 0) {
		endLine := f.EndLine
		if endLine == 0 {
			endLine = f.Line
		}
		rg.EndLine = endLine
		if f.EndColumn > 0 {
			rg.EndColumn = utf16Column(snippetLine(f.Snippet, endLine-f.Line), f.EndColumn)
			if endLine == f.Line && rg.StartColumn > 0 && rg.EndColumn < rg.StartColumn {
				rg.EndColumn = rg.StartColumn // an empty region, never an inverted one
			}
		}
	}
	if f.Snippet != "" {
		rg.Snippet = &artifactContent{Text: f.Snippet}
	}
	return rg
}

// snippetLine returns line i (0-based) of a snippet that may hold several
// source lines, or "" when it has fewer.
func snippetLine(snippet string, i int) string {
	for n := 0; ; n++ {
		line, rest, found := strings.Cut(snippet, "\n")
		if n == i {
			return strings.TrimSuffix(line, "\r")
		}
		if !found {
			return ""
		}
		snippet = rest
	}
}

// utf16Column converts the 1-based UTF-8 byte column col of line to a 1-based
// column in UTF-16 code units. Bytes beyond what line covers count one unit
// each. A line longer than finding.MaxSnippet that ends in "…" was cut by
// finding.SourceLine, and the "…" is not source text.
func utf16Column(line string, col int) int {
	if col < 1 {
		return col
	}
	if len(line) > finding.MaxSnippet && strings.HasSuffix(line, "…") {
		line = strings.TrimSuffix(line, "…")
	}
	n := col - 1 // bytes before the column
	units := 0
	i := 0
	for i < n && i < len(line) {
		r, size := utf8.DecodeRuneInString(line[i:])
		if i+size > n { // the column is inside a character: count its bytes
			units += n - i
			i = n
			break
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	if i < n {
		units += n - i
	}
	return units + 1
}

// artifactURI returns the artifact location of a finding path: relative to
// %SRCROOT% when it can be.
func artifactURI(p, root string) artifactLocation {
	slash := filepath.ToSlash(p)
	if root != "" && !isAbs(slash) {
		// Relative to the working directory, which need not be the root.
		if abs, err := filepath.Abs(p); err == nil {
			slash = filepath.ToSlash(abs)
		}
	}
	if isAbs(slash) {
		if root != "" {
			if rel, ok := under(slash, root); ok {
				return artifactLocation{URI: escapePath(rel, false), URIBaseID: SourceRootID}
			}
		}
		return artifactLocation{URI: fileURI(slash)}
	}
	clean := path.Clean(slash)
	return artifactLocation{URI: escapePath(clean, false), URIBaseID: SourceRootID}
}

func isAbs(slash string) bool {
	if strings.HasPrefix(slash, "/") {
		return true
	}
	// A Windows drive path, C:/x.
	return len(slash) >= 3 && slash[1] == ':' && slash[2] == '/' &&
		(slash[0]|0x20 >= 'a' && slash[0]|0x20 <= 'z')
}

// under returns p relative to root when p is inside root.
func under(p, root string) (string, bool) {
	p = path.Clean(p)
	root = strings.TrimSuffix(path.Clean(root), "/")
	if strings.HasPrefix(p, root+"/") {
		return p[len(root)+1:], true
	}
	return "", false
}

// fileURI returns the file:// URI of an absolute slash-separated path.
func fileURI(abs string) string {
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // file:///C:/x
	}
	return "file://" + escapePath(abs, true)
}

// escapePath percent-encodes a slash-separated path for use in a URI. A
// colon is kept only when allowColon is set (a drive letter in a file URI);
// in a relative reference it would read as a scheme.
func escapePath(p string, allowColon bool) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~/!$&'()*+,;=@", c) >= 0,
			c == ':' && allowColon:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
