// Package inspect rates a Python distribution before it is installed:
// it reads an sdist, a wheel, an unpacked directory or an installed
// distribution without extracting, importing or running anything, runs
// the malicious-code rules (package malcode) over every Python file and
// the package-level checks (executables, .pth files, console scripts,
// metadata), decides when each piece of code runs (install, start-up,
// import time, or inside a function), and weighs the findings into a
// verdict: clean, suspicious or malicious. See README.md for the scoring.
package inspect

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/deps/installed"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/python/parser"
	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
	"github.com/krait-dev/krait/internal/supplychain/typosquat"
)

// Options tune Inspect.
type Options struct {
	// Jobs is the number of files analysed at once; 0 means one per CPU.
	Jobs int
	// ExpectName is the project name the user asked for (NAME==VERSION);
	// "" uses the name in the archive's file name.
	ExpectName string
	// PreviousVersion is the release before the one inspected, from the
	// index ("" when unknown), for version jumps.
	PreviousVersion string
	// Typosquat, when set, checks the package's name against popular
	// projects.
	Typosquat *typosquat.Index
	// Compare, when set, is another distribution of the same release
	// (the wheel of an sdist or the reverse): Python files that differ are
	// reported (sdist-wheel-mismatch).
	Compare *Package
	// Index, when set, is what the index says about the project
	// (NAME==VERSION): its summary, e-mail addresses, links and releases
	// are checked (KRT6040-KRT6045).
	Index *IndexInfo
	// MinAge is the age below which a project's first release is
	// reported; 0 means DefaultMinAge, a negative value turns the check
	// off.
	MinAge time.Duration
	// Now is the reference time of the age check; zero means time.Now().
	Now time.Time
}

// Verdict is the rating of a package.
type Verdict string

// The verdicts.
const (
	Clean      Verdict = "clean"
	Suspicious Verdict = "suspicious"
	Malicious  Verdict = "malicious"
)

// Contribution is what one finding adds to the score.
type Contribution struct {
	RuleID   string  `json:"rule_id"`
	Path     string  `json:"path"`
	Line     int     `json:"line"`
	Where    string  `json:"where"`
	Points   float64 `json:"points"`
	Decisive bool    `json:"decisive"`
}

// Report is the result of Inspect.
type Report struct {
	Target  string  `json:"target"`
	Kind    Kind    `json:"kind"`
	Name    string  `json:"name,omitempty"`
	Version string  `json:"version,omitempty"`
	Verdict Verdict `json:"verdict"`
	// Score is the sum of the contributions; DecisiveScore the part of it
	// that comes from decisive rules outside uncalled functions.
	Score         float64           `json:"score"`
	DecisiveScore float64           `json:"decisive_score"`
	Files         int               `json:"files"`
	PythonFiles   int               `json:"python_files"`
	Findings      []finding.Finding `json:"findings"`
	// Contributions explain the score, largest first.
	Contributions []Contribution `json:"contributions"`
}

// Thresholds of the verdict (see README.md).
const (
	MaliciousScore    = 8.0
	MaliciousDecisive = 7.0
	SuspiciousScore   = 3.0
)

// maxPythonSize is the largest Python file parsed.
const maxPythonSize = 4 << 20

func packageFinding(id, p string, line int, msg string) finding.Finding {
	r := ruleInfo(id)
	return finding.Finding{RuleID: r.ID, RuleName: r.Name, CWE: r.CWE, Severity: r.Severity, Confidence: r.Confidence,
		Path: p, Line: line, Message: msg}
}

var rulesByID = malcode.ByID()

func ruleInfo(id string) *malcode.RuleInfo { return rulesByID[id] }

// scored is a finding with its context and weight.
type scored struct {
	f        finding.Finding
	where    Where
	weight   float64
	decisive bool
}

// Inspect rates pkg. It never runs anything from the package.
func Inspect(ctx context.Context, pkg *Package, opts Options) (*Report, error) {
	rep := &Report{Target: pkg.Source, Kind: pkg.Kind, Name: pkg.Name, Version: pkg.Version}
	items, err := inspectItems(ctx, pkg, opts, rep)
	if err != nil {
		return nil, err
	}
	items = append(items, indexFindings(indexTarget(rep), firstNonEmpty(opts.ExpectName, rep.Name), opts.Index, opts)...)
	score(rep, items)
	return rep, nil
}

// InspectAll rates the distributions of one release together (an sdist
// and a wheel fetched from an index): their findings are weighed as one
// package, and the wheel's Python files are compared with the sdist's.
// target names the release in the report.
func InspectAll(ctx context.Context, target string, pkgs []*Package, opts Options) (*Report, error) {
	rep := &Report{Target: target}
	var all []scored
	for i, pkg := range pkgs {
		r := &Report{}
		o := opts
		o.Compare = nil
		if i > 0 {
			o.Typosquat = nil // checked once
		}
		items, err := inspectItems(ctx, pkg, o, r)
		if err != nil {
			return nil, err
		}
		all = append(all, items...)
		if rep.Kind == "" {
			rep.Kind, rep.Name, rep.Version = r.Kind, r.Name, r.Version
		} else {
			rep.Kind += "+" + r.Kind
		}
		rep.Files += r.Files
		rep.PythonFiles += r.PythonFiles
	}
	if len(pkgs) == 2 {
		for _, f := range compareDists(pkgs[0], pkgs[1]) {
			all = append(all, scored{f: f, where: PackageLevel, weight: ruleInfo(f.RuleID).Weight, decisive: ruleInfo(f.RuleID).Decisive})
		}
	}
	all = append(all, indexFindings(target, firstNonEmpty(opts.ExpectName, rep.Name), opts.Index, opts)...)
	score(rep, all)
	return rep, nil
}

// inspectItems runs every check on pkg and returns the weighed findings;
// it fills in rep's name, version and counts.
func inspectItems(ctx context.Context, pkg *Package, opts Options, rep *Report) ([]scored, error) {
	rep.Kind, rep.Files = pkg.Kind, len(pkg.Files)
	if rep.Name == "" {
		rep.Name, rep.Version = pkg.Name, pkg.Version
	}
	root := commonRoot(pkg)
	var items []scored
	add := func(f finding.Finding, w Where) {
		r := ruleInfo(f.RuleID)
		items = append(items, scored{f: f, where: w, weight: r.Weight, decisive: r.Decisive})
	}
	for _, f := range pkg.Problems {
		add(f, PackageLevel)
	}

	md := metadataOf(pkg, root)
	name := pkg.Name
	if md.Name != "" {
		rep.Name, rep.Version = md.Name, md.Version
		name = md.Name
	}
	if opts.ExpectName != "" {
		name = opts.ExpectName
	}
	for _, f := range metadataFindings(pkg, md, opts) {
		add(f, PackageLevel)
	}

	backends := backendModules(pkg, root)
	var pys []*pyFile
	sources := map[string][]byte{}
	for i := range pkg.Files {
		f := &pkg.Files[i]
		rel := strings.TrimPrefix(f.Path, root)
		for _, it := range fileFindings(pkg, f, rel, name) {
			add(it.f, PackageLevel)
			if it.weight > 0 {
				items[len(items)-1].weight = it.weight
				items[len(items)-1].decisive = it.decisive
			}
		}
		if int64(len(f.Data)) != f.Size || f.Size > maxPythonSize {
			continue
		}
		switch {
		case strings.HasSuffix(f.Path, ".py") || strings.HasSuffix(f.Path, ".pyw"):
			sources[f.Path] = f.Data
			pys = append(pys, &pyFile{path: f.Path, module: moduleName(rel), role: roleOf(rel, backends)})
		case strings.HasSuffix(f.Path, ".pth") && !strings.Contains(rel, "/"):
			src, line := pthCode(f.Data)
			if line == 0 {
				continue
			}
			add(packageFinding(malcode.IDPthExec, f.Path, line, ".pth file runs code at every interpreter start"), StartupTime)
			items[len(items)-1].f.Snippet = finding.SourceLine(f.Data, line)
			sources[f.Path] = src
			pys = append(pys, &pyFile{path: f.Path, role: StartupTime})
		}
	}
	rep.PythonFiles = len(pys)

	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	analyzers := malcode.Analyzers()
	options := map[string]map[string]any{}
	for _, a := range analyzers {
		options[a.Name] = map[string]any{malcode.PackageOption: pep503.Normalize(name)}
	}
	checker := &analysis.Checker{Analyzers: analyzers, Jobs: jobs, Options: options}
	paths := make([]string, 0, len(pys))
	byPath := map[string]*pyFile{}
	for _, pf := range pys {
		paths = append(paths, pf.path)
		byPath[pf.path] = pf
	}
	var raw []finding.Finding
	err := checker.Check(ctx, paths, func(p string) ([]byte, error) { return sources[p], nil }, func(r *analysis.Result, readErr error) {
		pf := byPath[r.Path]
		if r.Panic != nil {
			raw = append(raw, packageFinding(malcode.IDUnreadable, r.Path, 0, fmt.Sprintf("krait failed on this file: %v (a bug in krait)", r.Panic)))
			pf.tree = &parser.File{Module: &ast.Module{}}
			return
		}
		pf.tree = r.File
		if r.File != nil && len(r.File.Errors) > 0 {
			e := r.File.Errors[0]
			f := packageFinding(malcode.IDUnreadable, r.Path, e.Line, "does not parse: "+e.Msg)
			f.Snippet = r.ErrorSnippet
			raw = append(raw, f)
		}
		raw = append(raw, r.Findings...)
	})
	if err != nil {
		return nil, fmt.Errorf("inspect %s: %w", pkg.Source, err)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	for _, pf := range pys {
		if pf.tree == nil {
			pf.tree = &parser.File{Module: &ast.Module{}}
		}
	}
	ctxs := newContexts(pys)
	for _, f := range raw {
		pf := byPath[f.Path]
		w := InFunction
		if pf != nil {
			w = ctxs.at(pf, f.Line)
		}
		r := ruleInfo(f.RuleID)
		if r.ContextOnly && w != InstallTime && w != StartupTime && w != ImportTime {
			continue
		}
		if f.RuleID != malcode.IDUnreadable {
			f.Message += " (" + w.String() + ")"
		}
		if w == InFunction && f.Severity > finding.Low {
			f.Severity--
		}
		add(f, w)
	}

	items = append(items, shippedBinariesRun(pkg, sources, items)...)
	return items, nil
}

// shippedBinariesRun reports native executables of the package that
// code running at install, start-up or import time names in a file that
// also launches a process.
func shippedBinariesRun(pkg *Package, sources map[string][]byte, items []scored) []scored {
	launches := map[string]bool{}
	for _, it := range items {
		if it.f.RuleID == malcode.IDInstallCommand && it.where >= ImportTime && it.where != PackageLevel {
			launches[it.f.Path] = true
		}
	}
	if len(launches) == 0 {
		return nil
	}
	var out []scored
	for _, f := range pkg.Files {
		if executableMagic(f.Data) == "" {
			continue
		}
		base := path.Base(f.Path)
		for p := range launches {
			if bytes.Contains(sources[p], []byte(base)) {
				fd := packageFinding(malcode.IDBinaryInPackage, f.Path, 0, fmt.Sprintf("shipped executable %s is started by %s", base, p))
				out = append(out, scored{f: fd, where: PackageLevel, weight: 9, decisive: true})
				break
			}
		}
	}
	return out
}

// score fills in the verdict, score and findings of rep.
func score(rep *Report, items []scored) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		pa, pb := a.weight*a.where.Factor(), b.weight*b.where.Factor()
		if pa != pb {
			return pa > pb
		}
		return finding.Compare(&a.f, &b.f) < 0
	})
	seen := map[string]int{}
	metadata := 0.0 // points of the index-metadata group so far
	for _, it := range items {
		k := seen[it.f.RuleID]
		seen[it.f.RuleID] = k + 1
		pts := it.weight * it.where.Factor()
		for i := 0; i < k && pts > 0.01; i++ {
			pts /= 2
		}
		if k >= 8 {
			pts = 0
		}
		pts = round1(pts)
		if metadataCapped(&it.f) {
			pts = round1(min(pts, MetadataCap-metadata))
			metadata += pts
		}
		decisive := it.decisive && it.where != InFunction
		rep.Score += pts
		if decisive {
			rep.DecisiveScore += pts
		}
		if pts > 0 {
			rep.Contributions = append(rep.Contributions, Contribution{RuleID: it.f.RuleID, Path: it.f.Path, Line: it.f.Line,
				Where: it.where.String(), Points: pts, Decisive: decisive})
		}
		rep.Findings = append(rep.Findings, it.f)
	}
	rep.Score, rep.DecisiveScore = round1(rep.Score), round1(rep.DecisiveScore)
	switch {
	case rep.DecisiveScore >= MaliciousDecisive && rep.Score >= MaliciousScore:
		rep.Verdict = Malicious
	case rep.Score >= SuspiciousScore:
		rep.Verdict = Suspicious
	default:
		rep.Verdict = Clean
	}
	finding.Sort(rep.Findings)
	finding.SetFingerprints(rep.Findings)
	if rep.Findings == nil {
		rep.Findings = []finding.Finding{}
	}
	if rep.Contributions == nil {
		rep.Contributions = []Contribution{}
	}
}

// indexTarget names the release of rep as NAME==VERSION (the path of
// index-metadata findings).
func indexTarget(rep *Report) string {
	if rep.Name == "" {
		return rep.Target
	}
	return rep.Name + "==" + rep.Version
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func round1(x float64) float64 { return float64(int64(x*10+0.5)) / 10 }

// commonRoot returns "NAME-VERSION/" when every file of an sdist lies
// below that directory, else "".
func commonRoot(pkg *Package) string {
	if pkg.Kind != KindSdist || len(pkg.Files) == 0 {
		return ""
	}
	first, _, ok := strings.Cut(pkg.Files[0].Path, "/")
	if !ok {
		return ""
	}
	for _, f := range pkg.Files {
		if !strings.HasPrefix(f.Path, first+"/") {
			return ""
		}
	}
	return first + "/"
}

var notInstalledDirs = map[string]bool{"tests": true, "test": true, "docs": true, "doc": true, "examples": true, "example": true, "benchmarks": true}

// roleOf returns what the top level of the Python file rel is.
func roleOf(rel string, backends map[string]bool) Where {
	base := path.Base(rel)
	top, _, nested := strings.Cut(rel, "/")
	switch {
	case rel == "setup.py" || backends[rel]:
		return InstallTime
	case (base == "sitecustomize.py" || base == "usercustomize.py") && !nested:
		return StartupTime
	case nested && notInstalledDirs[top]:
		return InFunction // not installed: never runs at install or import
	case base == "__init__.py":
		return ImportTime
	}
	return ModuleTop
}

// moduleName returns the dotted module of the file rel ("" for setup.py).
func moduleName(rel string) string {
	rel = strings.TrimPrefix(rel, "src/")
	if !strings.HasSuffix(rel, ".py") {
		return ""
	}
	rel = strings.TrimSuffix(strings.TrimSuffix(rel, ".py"), "/__init__")
	return strings.ReplaceAll(rel, "/", ".")
}

// pthCode returns the executable lines of a .pth file (those that start
// with "import") as Python, other lines blanked so that line numbers
// stay, and the first such line (0 when none).
func pthCode(data []byte) ([]byte, int) {
	lines := bytes.Split(data, []byte("\n"))
	first := 0
	for i, l := range lines {
		t := bytes.TrimRight(l, "\r")
		if bytes.HasPrefix(t, []byte("import ")) || bytes.HasPrefix(t, []byte("import\t")) {
			if first == 0 {
				first = i + 1
			}
			continue
		}
		lines[i] = nil
	}
	return bytes.Join(lines, []byte("\n")), first
}

// meta is the core metadata found in a package.
type meta struct {
	Name, Version, Path string
	Line                int
}

func metadataOf(pkg *Package, root string) meta {
	for _, f := range pkg.Files {
		rel := strings.TrimPrefix(f.Path, root)
		isMeta := rel == "PKG-INFO" && pkg.Kind == KindSdist ||
			strings.HasSuffix(rel, ".dist-info/METADATA") && !strings.Contains(strings.TrimSuffix(rel, ".dist-info/METADATA"), "/")
		if !isMeta {
			continue
		}
		md, err := installed.ParseMetadata(bytes.NewReader(f.Data))
		if err != nil {
			continue
		}
		return meta{Name: md.Name, Version: md.Version, Path: f.Path, Line: md.NameLine}
	}
	return meta{}
}

func metadataFindings(pkg *Package, md meta, opts Options) []finding.Finding {
	var out []finding.Finding
	want := opts.ExpectName
	if want == "" {
		want = pkg.Name
	}
	if md.Name != "" && want != "" && pep503.Normalize(md.Name) != pep503.Normalize(want) {
		f := packageFinding(malcode.IDNameMismatch, md.Path, md.Line, fmt.Sprintf("metadata names the project %q, not %q", md.Name, want))
		out = append(out, f)
	}
	v := md.Version
	if v == "" {
		v = pkg.Version
	}
	if major, ok := leadingInt(v); ok {
		if major >= 99 && !calendarVersion(major) {
			out = append(out, packageFinding(malcode.IDSuspiciousVersion, md.Path, 0, fmt.Sprintf("version %s: a number made to outrank internal packages", v)))
		} else if prev, ok := leadingInt(opts.PreviousVersion); ok && major-prev > 50 && !calendarVersion(major) {
			out = append(out, packageFinding(malcode.IDSuspiciousVersion, md.Path, 0, fmt.Sprintf("version jumps from %s to %s", opts.PreviousVersion, v)))
		}
	}
	if opts.Typosquat != nil && md.Name != "" {
		if m, ok := opts.Typosquat.Best(md.Name); ok {
			out = append(out, packageFinding(malcode.IDTyposquat, md.Path, md.Line, fmt.Sprintf("%q imitates the popular project %q (%s)", md.Name, m.Target, m.Technique)))
		}
	}
	if opts.Compare != nil {
		out = append(out, compareDists(pkg, opts.Compare)...)
	}
	return out
}

// calendarVersion reports whether major looks like a year (CalVer:
// 2024.5.1, 2026.05.20).
func calendarVersion(major int) bool {
	return major >= 1990 && major <= 2100 || major >= 199001 && major <= 210012 || major >= 19900101 && major <= 21001231
}

func leadingInt(v string) (int, bool) {
	v = strings.TrimPrefix(strings.TrimSpace(v), "v")
	n, digits := 0, 0
	for _, c := range v {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
		digits++
		if digits > 9 {
			return 0, false
		}
	}
	return n, digits > 0
}

// compareDists reports the Python files of the wheel among a and b that
// the sdist lacks or has with other content.
func compareDists(a, b *Package) []finding.Finding {
	wheel, sdist := a, b
	if a.Kind != KindWheel {
		wheel, sdist = b, a
	}
	if wheel.Kind != KindWheel || sdist.Kind != KindSdist {
		return nil
	}
	root := commonRoot(sdist)
	src := map[string][]byte{}
	for _, f := range sdist.Files {
		rel := strings.TrimPrefix(f.Path, root)
		src[rel] = f.Data
		src[strings.TrimPrefix(rel, "src/")] = f.Data
	}
	var out []finding.Finding
	for _, f := range wheel.Files {
		if !strings.HasSuffix(f.Path, ".py") && !strings.HasSuffix(f.Path, ".pth") {
			continue
		}
		s, ok := src[f.Path]
		switch {
		case !ok:
			out = append(out, packageFinding(malcode.IDSdistWheelMismatch, f.Path, 0, fmt.Sprintf("%s is in the wheel but not in the sdist", f.Path)))
		case !bytes.Equal(bytes.ReplaceAll(s, []byte("\r\n"), []byte("\n")), bytes.ReplaceAll(f.Data, []byte("\r\n"), []byte("\n"))):
			out = append(out, packageFinding(malcode.IDSdistWheelMismatch, f.Path, 0, fmt.Sprintf("%s differs between the wheel and the sdist", f.Path)))
		}
	}
	return out
}

// backendModules returns the in-tree build backend's files named by
// pyproject.toml's build-system (backend-path).
func backendModules(pkg *Package, root string) map[string]bool {
	out := map[string]bool{}
	for _, f := range pkg.Files {
		if f.Path != root+"pyproject.toml" {
			continue
		}
		var doc struct {
			BuildSystem struct {
				Backend string   `toml:"build-backend"`
				Path    []string `toml:"backend-path"`
			} `toml:"build-system"`
		}
		if err := toml.Unmarshal(f.Data, &doc); err != nil || len(doc.BuildSystem.Path) == 0 {
			return out
		}
		mod, _, _ := strings.Cut(doc.BuildSystem.Backend, ":")
		rel := strings.ReplaceAll(mod, ".", "/")
		for _, dir := range doc.BuildSystem.Path {
			d := path.Clean(dir)
			if d == "." {
				d = ""
			} else {
				d += "/"
			}
			out[d+rel+".py"] = true
			out[d+rel+"/__init__.py"] = true
		}
	}
	return out
}
