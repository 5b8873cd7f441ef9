package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/deps/installed"
	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/httpclient"
	"github.com/krait-dev/krait/internal/license"
	"github.com/krait-dev/krait/internal/license/textclass"
	"github.com/krait-dev/krait/internal/report/sarif"
	textreport "github.com/krait-dev/krait/internal/report/text"
	"github.com/krait-dev/krait/internal/sbom"
)

const licensesHelp = `
Find the license of every dependency declared below each PATH (default
"."), direct and transitive, and check it against the policy in
[tool.krait.licenses]. The inventory is the one 'krait deps' reads: lock
files, manifests and, with --env, an installed environment.

The evidence comes from the installed metadata when --env holds the
package (License-Expression, license files classified by their text,
License, classifiers), else from the package index's JSON API for the
locked or pinned version (cached; --offline reads the cache only). A
package known only by a range is looked up at the newest release the
range allows. Nothing is guessed: a name such as "BSD License" is
ambiguous, and a package without evidence is UNKNOWN.

The policy: allow, deny and review lists of SPDX ids, an action per
category (allow, warn or fail; by default strong copyleft and unknown
warn, network copyleft and proprietary fail), "A OR B" passes when either
branch passes, "A AND B" needs both, per-package overrides with a reason
and an optional expiry. Development groups are skipped unless include-dev.

Findings: KRT5001 a license the policy fails, KRT5002 one it warns about
or wants reviewed, KRT5003 a package whose license is unknown or
ambiguous, KRT5004 an override past its expiry date.

Flags may come before or after the paths; "--" ends the flags.
`

// The rules of krait licenses. Their IDs are stable: suppressions and
// baselines refer to them.
var (
	// ruleLicenseViolation: a license the policy fails.
	ruleLicenseViolation = &analysis.Rule{
		ID: "KRT5001", Name: "license-policy-violation",
		Severity: finding.High, Confidence: finding.HighConfidence,
		Summary: "a dependency whose license the license policy does not allow",
		Doc: analysis.RuleDoc("The dependency's license is on the deny list of [tool.krait.licenses], or falls in a category set to fail (by default network copyleft such as AGPL and SSPL, and proprietary or non-commercial terms). For \"A OR B\" the better branch counts; for \"A AND B\" the worse.",
			"Shipping a package under terms the project cannot meet (publishing its own source under the AGPL, no commercial use) is a legal risk that grows with every release.",
			"# uv.lock pulls in\nsome-agpl-lib==1.2  # License-Expression: AGPL-3.0-only",
			"Replace the package, get it under other terms, or record a decision:\n[[tool.krait.licenses.overrides]]\npackage = \"some-agpl-lib\"\nreason = \"commercial license bought, ticket LEGAL-12\"",
			"- https://spdx.org/licenses/\n- https://peps.python.org/pep-0639/\n- docs/configuration.md"),
	}
	// ruleLicenseReview: a license the policy warns about or wants a
	// person to look at.
	ruleLicenseReview = &analysis.Rule{
		ID: "KRT5002", Name: "license-needs-review",
		Severity: finding.Medium, Confidence: finding.HighConfidence,
		Summary: "a dependency whose license the license policy wants reviewed",
		Doc: analysis.RuleDoc("The dependency's license is on the review list of [tool.krait.licenses] (medium), or falls in a category set to warn (low; by default strong copyleft such as the GPL).",
			"Some licenses are fine for one use and not for another (a GPL library in a tool used internally, or in a product sold to customers): someone has to decide.",
			"# requirements.txt\nsome-gpl-lib==3.0  # License: GPL-3.0-or-later",
			"After review, allow the id, or the package alone:\n[tool.krait.licenses]\nallow = [\"GPL-3.0-or-later\"]",
			"- https://spdx.org/licenses/\n- docs/configuration.md"),
	}
	// ruleLicenseUnknown: no license could be determined.
	ruleLicenseUnknown = &analysis.Rule{
		ID: "KRT5003", Name: "license-unknown",
		Severity: finding.Low, Confidence: finding.HighConfidence,
		Summary: "a dependency whose license is unknown or ambiguous",
		Doc: analysis.RuleDoc("No evidence names the dependency's license (no License-Expression, no license file krait could classify, no License field or classifier it knows), or the evidence is ambiguous (\"BSD License\" may be BSD-2-Clause or BSD-3-Clause). The severity follows the action of the unknown category: low for warn (the default), high for fail.",
			"Code without a license grants no rights at all, and an ambiguous one may hide a clause the project cannot meet.",
			"# METADATA\nLicense: UNKNOWN\nClassifier: License :: OSI Approved :: BSD License",
			"Check the package's license by hand and record it:\n[[tool.krait.licenses.overrides]]\npackage = \"somepkg\"\nlicense = \"BSD-3-Clause\"\nreason = \"LICENSE file in the sdist is BSD-3-Clause\"",
			"- https://peps.python.org/pep-0639/\n- https://pypi.org/classifiers/"),
	}
	// ruleLicenseOverrideExpired: an override past its expiry date.
	ruleLicenseOverrideExpired = &analysis.Rule{
		ID: "KRT5004", Name: "expired-license-override",
		Severity: finding.Medium, Confidence: finding.HighConfidence,
		Summary: "a license override in [tool.krait.licenses] past its expiry date",
		Doc: analysis.RuleDoc("An entry of [tool.krait.licenses] overrides matched the package but its expiry date has passed: the policy applies again, and a package it would pass is only warned about until the entry is renewed or removed.",
			"Overrides with an expiry force the team to look again at a decision that was only meant to hold for a while (a license being renegotiated, a replacement planned).",
			"[[tool.krait.licenses.overrides]]\npackage = \"somepkg\"\nreason = \"replacement planned\"\nexpires = 2026-01-31",
			"Renew the entry with a new date and reason, or remove it.",
			"- docs/configuration.md"),
	}
)

// licenseRules returns the rules of krait licenses, by ID.
func licenseRules() []*analysis.Rule {
	return []*analysis.Rule{ruleLicenseViolation, ruleLicenseReview, ruleLicenseUnknown, ruleLicenseOverrideExpired}
}

// inventoryFlags defines the flags krait licenses and krait sbom share
// with krait deps; withVulnDB adds those of the advisory sources
// (--db, --osv-url). Flags the commands do not use keep their defaults.
func inventoryFlags(flags *flagSet, withVulnDB bool) *depsFlags {
	df := &depsFlags{
		offline:       flags.Bool("offline", false, "never use the network: package metadata (and advisories) from the cache only"),
		outdated:      new(bool),
		db:            new(string),
		env:           flags.String("env", "", "also read the installed environment `DIR` (a virtualenv or a site-packages directory); its metadata is the license evidence of the packages it holds"),
		pythonVersion: new(string),
		platform:      new(string),
		osvURL:        new(string),
		indexURL:      flags.String("index-url", "", "the package index JSON API base `URL` (default: the configuration's, else https://pypi.org)"),
		cfgPath:       flags.String("config", "", "read the configuration from `FILE` (default: found by walking up from the first PATH)"),
		popularity:    new(string),
		jobs:          flags.Int("jobs", 0, "requests at a time; 0 means the default"),
	}
	if withVulnDB {
		df.db = flags.String("db", "", "the local vulnerability database `DIR` for --with-vulns --offline (default $KRAIT_DB, else the user cache directory)")
		df.osvURL = flags.String("osv-url", "", "the OSV API base `URL` for --with-vulns (default: the configuration's, else https://api.osv.dev)")
	}
	return df
}

// licenseEntry is one package of the license inventory: the declarations
// of one name and version merged, its evidence, license and verdict.
type licenseEntry struct {
	Name       string   `json:"name"`
	Normalized string   `json:"-"`
	Version    string   `json:"version"`            // the pin; "" when known only by a range
	Resolved   string   `json:"resolved,omitempty"` // the release looked up for an unpinned package
	Direct     bool     `json:"direct"`
	Groups     []string `json:"groups,omitempty"` // dependency groups and extras; empty: main
	File       string   `json:"file"`             // the first declaration
	Line       int      `json:"line"`
	// Origin is where the evidence came from: "installed", "pypi", or ""
	// when there was none; Note says why there was none.
	Origin   string           `json:"origin,omitempty"`
	Note     string           `json:"note,omitempty"`
	Result   license.Result   `json:"detection"`
	Decision license.Decision `json:"decision"`

	source   string // inventory.Source* of the first declaration
	main     bool   // some declaration is in the main group
	distInfo string // the installed metadata directory (or egg-info file)
	pkg      license.Package
	input    *license.Input // the index's metadata
	// specifiers are the ranges of unpinned declarations.
	specifiers []pep440.SpecifierSet
	// expiredBase is the decision without overrides, when an expired
	// override matched.
	expiredBase license.Decision
	// unavailable is set when the index could not be asked (not cached
	// with --offline, or an index error): the license is unknown for
	// want of data, not of evidence.
	unavailable bool
}

// display is the license for the table: the expression, the candidates of
// an ambiguous one, or UNKNOWN.
func (e *licenseEntry) display() string {
	if e.Decision.Override != nil && e.Decision.Override.License != "" {
		return e.Decision.License
	}
	if e.Result.Status == license.StatusAmbiguous {
		return "ambiguous: " + strings.Join(e.Result.Candidates, " | ")
	}
	return e.Result.License()
}

// evidence names what decided, for the table.
func (e *licenseEntry) evidence() string {
	if o := e.Decision.Override; o != nil && o.License != "" {
		return "override"
	}
	switch {
	case e.Origin == "":
		return "none (" + e.Note + ")"
	case e.Result.Status == license.StatusUnknown:
		return e.Origin + ": none"
	}
	return e.Origin + ": " + e.Result.Summary()
}

// version is the version shown: the pin, else the release looked up.
func (e *licenseEntry) version() string {
	switch {
	case e.Version != "":
		return e.Version
	case e.Resolved != "":
		return e.Resolved + " (latest allowed)"
	}
	return "-"
}

// licenseInventory merges the packages of an inventory into one entry per
// name and version: constraints and nameless entries are left out, and
// an unpinned declaration of a name that also has a pinned entry is
// folded into it (the lock or the environment resolved it).
func licenseInventory(pkgs []inventory.Package) []*licenseEntry {
	type key struct{ name, version string }
	byKey := map[key]*licenseEntry{}
	var out []*licenseEntry
	add := func(e *licenseEntry, p inventory.Package) {
		e.Direct = e.Direct || p.Direct
		dist := distInfoOf(p)
		switch {
		case dist != "":
			// An environment does not say which group needs a package:
			// the manifest declarations folded in do; without any, it
			// counts as a main dependency.
			if e.distInfo == "" {
				e.distInfo = dist
			}
		case sbom.RequiredGroup(p.Group):
			e.main = true
		case !slices.Contains(e.Groups, p.Group):
			e.Groups = append(e.Groups, p.Group)
		}
		if p.Version == "" && len(p.Specifiers) > 0 {
			e.specifiers = append(e.specifiers, p.Specifiers)
		}
	}
	pinned := map[string]bool{}
	for _, p := range pkgs {
		if !p.Constraint && p.Normalized != "" && p.Version != "" {
			pinned[p.Normalized] = true
		}
	}
	var unpinned []inventory.Package
	for _, p := range pkgs {
		if p.Constraint || p.Normalized == "" {
			continue
		}
		if p.Version == "" && pinned[p.Normalized] {
			unpinned = append(unpinned, p)
			continue
		}
		k := key{p.Normalized, p.Version}
		e := byKey[k]
		if e == nil {
			e = &licenseEntry{Name: p.Name, Normalized: p.Normalized, Version: p.Version, File: p.File, Line: p.Line, source: p.Source}
			byKey[k] = e
			out = append(out, e)
		}
		add(e, p)
	}
	for _, p := range unpinned {
		for _, e := range out {
			if e.Normalized == p.Normalized {
				add(e, p)
			}
		}
	}
	for _, e := range out {
		if e.main || len(e.Groups) == 0 {
			e.Groups = nil
		}
		slices.Sort(e.Groups)
		e.pkg = license.Package{Name: e.Name, Version: e.Version, Groups: e.Groups}
	}
	slices.SortStableFunc(out, func(a, b *licenseEntry) int {
		if c := strings.Compare(a.Normalized, b.Normalized); c != 0 {
			return c
		}
		return pep440.Compare(pep440.ParseLoose(a.Version), pep440.ParseLoose(b.Version))
	})
	return out
}

// distInfoOf returns the metadata directory of an installed package (the
// .dist-info or .egg-info directory, or a distutils .egg-info file), or
// "" when p was not read from an environment.
func distInfoOf(p inventory.Package) string {
	if p.File == "" {
		return ""
	}
	f := filepath.FromSlash(p.File)
	dir := filepath.Dir(f)
	switch base := filepath.Base(f); {
	case base == "METADATA" && strings.HasSuffix(dir, ".dist-info"),
		base == "PKG-INFO" && strings.HasSuffix(dir, ".egg-info"):
		return dir
	case strings.HasSuffix(base, ".egg-info"):
		return f
	}
	return ""
}

// textClassifier identifies license texts. It loads the license corpus
// (about a second and 65 MB) on first use only, and is shared by the runs
// of one process: it holds no state but the corpus, which never changes.
var textClassifier = textclass.NewLazy()

// licenseOptions tunes detectLicenses.
type licenseOptions struct {
	jobs  int
	today time.Time // for override expiry
}

// licenseRun is the outcome of detectLicenses.
type licenseRun struct {
	entries []*licenseEntry
	// failures are index errors other than "not found" and "not
	// cached", one line each, for a warning.
	failures []string
}

// detectLicenses finds the license evidence of every package of r's
// inventory, detects the licenses and evaluates them against the policy.
// The error is non-nil for a bad policy or when ctx ends.
func (a *app) detectLicenses(ctx context.Context, r *depsRun, opts licenseOptions) (*licenseRun, error) {
	policy := r.cfg.Licenses.Policy()
	ev, err := license.NewEvaluator(policy, nil, opts.today)
	if err != nil {
		return nil, configError{err}
	}
	noOverrides := policy
	noOverrides.Overrides = nil
	base, err := license.NewEvaluator(noOverrides, nil, opts.today)
	if err != nil {
		return nil, configError{err}
	}
	run := &licenseRun{entries: licenseInventory(r.inv.Packages)}
	if err := a.gatherEvidence(ctx, r, run, opts); err != nil {
		return nil, err
	}
	det := license.NewDetector(license.Options{Text: textClassifier})
	for _, e := range run.entries {
		in := license.Input{Name: e.Name, Version: e.Version}
		var closer io.Closer
		if e.distInfo != "" {
			// Installed metadata is opened one package at a time: an
			// environment may hold more packages than a process may
			// have open files.
			var err error
			if in, closer, err = readInstalled(e.distInfo); err != nil {
				in = license.Input{Name: e.Name, Version: e.Version}
				e.Origin, e.Note = "", "installed metadata unreadable: "+err.Error()
			}
		} else if e.input != nil {
			in = *e.input
		}
		res, err := det.Detect(ctx, in)
		if closer != nil {
			closer.Close()
		}
		if err != nil {
			return nil, err
		}
		e.Result = res
		e.Decision = ev.Evaluate(e.pkg, res)
		if e.Decision.ExpiredOverride != nil {
			// The verdict without the expired override says what the
			// policy itself thinks of the license.
			e.expiredBase = base.Evaluate(e.pkg, res)
		}
		e.input = nil
	}
	return run, nil
}

// configError marks an error in the configuration (exit 2).
type configError struct{ err error }

func (e configError) Error() string { return e.err.Error() }
func (e configError) Unwrap() error { return e.err }

// gatherEvidence finds where the evidence of every entry is: installed
// metadata when the environment holds the package (read later, one at a
// time), else the index's metadata, fetched here.
func (a *app) gatherEvidence(ctx context.Context, r *depsRun, run *licenseRun, opts licenseOptions) error {
	var todo []*licenseEntry
	for _, e := range run.entries {
		switch {
		case e.distInfo != "":
			e.Origin = "installed" // read by detectLicenses
		case e.source != inventory.SourcePyPI:
			e.Note = "not from a package index (" + e.source + ")"
		default:
			todo = append(todo, e)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	client, err := r.pypiClient(opts.jobs)
	if err != nil {
		return configError{fmt.Errorf("package index: %w", err)}
	}
	jobs := opts.jobs
	if jobs <= 0 {
		jobs = pypi.DefaultJobs
	}
	errs := make([]error, len(todo))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(jobs)
	for i, e := range todo {
		g.Go(func() error {
			info, resolved, err := indexInfo(gctx, client, e)
			if err != nil {
				errs[i] = err
				return nil
			}
			in := license.FromPyPI(license.PyPIInfo{Name: info.Name, Version: info.Version, License: info.License,
				LicenseExpression: info.LicenseExpression, LicenseFiles: info.LicenseFiles, Classifiers: info.Classifiers})
			e.Origin, e.input, e.Resolved = "pypi", &in, resolved
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for i, err := range errs {
		e := todo[i]
		switch {
		case err == nil:
		case pypi.IsNotFound(err):
			e.Note = "not found on the package index"
		case httpclient.IsOffline(err):
			e.Note, e.unavailable = "not in the cache, --offline", true
		default:
			e.Note, e.unavailable = "package index unavailable", true
			run.failures = append(run.failures, fmt.Sprintf("%s: %v", e.Name, err))
		}
	}
	return nil
}

// indexInfo returns the index metadata of e's release: the pin, else the
// newest release its range allows (resolved names it), else the latest.
func indexInfo(ctx context.Context, client *pypi.Client, e *licenseEntry) (info *pypi.Info, resolved string, err error) {
	if e.Version != "" {
		ri, err := client.Release(ctx, e.Name, e.Version)
		if err != nil {
			return nil, "", err
		}
		return &ri.Info, "", nil
	}
	p, err := client.Project(ctx, e.Name)
	if err != nil {
		return nil, "", err
	}
	spec := pep440.SpecifierSet{}
	for _, decl := range e.specifiers {
		spec = append(spec, decl...)
	}
	var best *pypi.Release
	for i := range p.Releases {
		rel := &p.Releases[i]
		if rel.Yanked || rel.Parsed.IsPrerelease() || !spec.Contains(rel.Parsed, false) {
			continue
		}
		if best == nil || pep440.Compare(rel.Parsed, best.Parsed) > 0 {
			best = rel
		}
	}
	if best == nil {
		if p.Info == nil || len(spec) > 0 {
			return nil, "", &pypi.NotFoundError{Name: e.Name + spec.String()}
		}
		return p.Info, p.Info.Version, nil
	}
	if p.Info != nil && p.Info.Version == best.Version {
		return p.Info, best.Version, nil
	}
	ri, err := client.Release(ctx, e.Name, best.Version)
	if err != nil {
		return nil, "", err
	}
	return &ri.Info, best.Version, nil
}

// readInstalled reads the license evidence of an installed package. The
// directory is opened as an os.Root so that links cannot lead out of it;
// the closer releases it once the files are read.
func readInstalled(path string) (license.Input, io.Closer, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return license.Input{}, nil, err
	}
	if !fi.IsDir() {
		f, err := os.Open(path)
		if err != nil {
			return license.Input{}, nil, err
		}
		defer f.Close()
		md, err := installed.ParseMetadata(io.LimitReader(f, installed.MaxMetadataSize))
		if err != nil {
			return license.Input{}, nil, fmt.Errorf("%s: %w", path, err)
		}
		return license.FromMetadata(md), nil, nil
	}
	root, err := os.OpenRoot(path)
	if err != nil {
		return license.Input{}, nil, err
	}
	in, err := license.ReadDistInfo(root.FS(), filepath.Base(path))
	if err != nil {
		root.Close()
		return license.Input{}, nil, err
	}
	return in, root, nil
}

// licensesCmd implements `krait licenses`.
func (a *app) licensesCmd(ctx context.Context, args []string) int {
	flags := newFlagSet("licenses", "krait licenses [flags] [PATH...]", licensesHelp)
	format := flags.String("format", "text", "output `FORMAT`: text, json, markdown, csv or sarif")
	output := flags.String("o", "", "write the report to `FILE` instead of standard output")
	failOn := flags.String("fail-on", "", "exit 1 when a finding has at least this `SEVERITY` (default: the configuration's fail-on, else low)")
	quiet := flags.Bool("q", false, "quiet: print the findings only, without the table and the summary (text)")
	df := inventoryFlags(flags, false)
	paths, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	switch *format {
	case "text", "json", "markdown", "csv", "sarif":
	default:
		return a.usageError(flags, "unsupported --format %q (want text, json, markdown, csv or sarif)", *format)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	r, code, ok := a.setupDeps(ctx, "licenses", flags, df, paths)
	if !ok {
		return code
	}
	minSev, err := failOnSeverity(*failOn, r.cfg.FailOn)
	if err != nil {
		return a.usageError(flags, "--fail-on: %v", err)
	}
	run, findings, err := a.checkLicenses(ctx, r, *df.jobs)
	if err != nil {
		return a.licenseError(ctx, "licenses", err)
	}
	a.warnProblems("licenses", r.inv.Problems)
	a.warnIndexFailures("licenses", run.failures)
	rep := &licenseReport{Version: a.version, Packages: run.entries, Findings: findings, Summary: summarize(run.entries, findings)}

	w, ok := a.openOutput("licenses", *output)
	if !ok {
		return ExitUsage
	}
	defer w.close(nil)
	switch *format {
	case "json":
		err = writeLicensesJSON(w, rep)
	case "markdown":
		err = writeLicensesMarkdown(w, rep)
	case "csv":
		err = writeLicensesCSV(w, rep)
	case "sarif":
		err = sarif.Write(w, findings, licenseRules(), sarif.ToolInfo{Version: a.version})
	default:
		err = writeLicensesText(w, rep, *quiet)
	}
	if err = w.close(err); err != nil {
		fmt.Fprintf(a.stderr, "krait licenses: %v\n", err)
		return ExitInternal
	}
	if finding.AtOrAbove(findings, minSev) > 0 {
		return ExitFindings
	}
	return ExitOK
}

// checkLicenses is the license check of krait licenses and krait scan: it
// finds the license of every package of r's inventory (jobs index requests
// at a time), evaluates it against the policy of r's configuration, and
// returns the entries and their findings. It prints nothing: the callers
// say what they make of run.failures and of unavailable entries.
func (a *app) checkLicenses(ctx context.Context, r *depsRun, jobs int) (*licenseRun, []finding.Finding, error) {
	run, err := a.detectLicenses(ctx, r, licenseOptions{jobs: jobs, today: time.Now()})
	if err != nil {
		return nil, nil, err
	}
	return run, licenseFindings(run.entries, r.cfg.File), nil
}

// licenseError reports an error of detectLicenses and returns the exit
// code: 2 for the configuration, 130 when interrupted, 3 otherwise.
func (a *app) licenseError(ctx context.Context, name string, err error) int {
	if ctx.Err() != nil {
		return a.interrupted(name)
	}
	fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
	var ce configError
	if errors.As(err, &ce) {
		return ExitUsage
	}
	return ExitInternal
}

// warnProblems prints the problems met reading the dependency files (the
// packages of a file krait could not read are missing from the report).
func (a *app) warnProblems(name string, problems []inventory.Problem) {
	for i, p := range problems {
		if i == 5 {
			fmt.Fprintf(a.stderr, "krait %s: ... and %d more problems reading the dependency files ('krait deps' lists them)\n", name, len(problems)-5)
			break
		}
		fmt.Fprintf(a.stderr, "krait %s: warning: %s\n", name, textreport.Sanitize(p.String()))
	}
}

// warnIndexFailures prints the index errors met (the packages concerned
// are reported as unknown).
func (a *app) warnIndexFailures(name string, failures []string) {
	for i, f := range failures {
		if i == 5 {
			fmt.Fprintf(a.stderr, "krait %s: ... and %d more package index errors\n", name, len(failures)-5)
			break
		}
		fmt.Fprintf(a.stderr, "krait %s: warning: package index: %s\n", name, f)
	}
}

// licenseFindings turns the verdicts into findings: KRT5001 for a fail,
// KRT5002 for a review (medium) or a warning (low), KRT5003 instead of
// either when the license is unknown or ambiguous (its severity following
// the verdict), and KRT5004 for an expired override, reported in
// configFile.
func licenseFindings(entries []*licenseEntry, configFile string) []finding.Finding {
	if configFile == "" {
		configFile = "pyproject.toml"
	}
	var out []finding.Finding
	for _, e := range entries {
		d := e.Decision
		if d.Verdict == license.VerdictSkip {
			continue
		}
		if o := d.ExpiredOverride; o != nil {
			f := licenseFinding(e, ruleLicenseOverrideExpired)
			f.Path, f.Line = filepath.ToSlash(configFile), overrideLine(configFile, o.Package)
			f.Message = fmt.Sprintf("the license override of %s (%s) expired on %s; renew it with a reason or remove it", e.Name, o.Reason, o.Expires.Format(time.DateOnly))
			out = append(out, f)
			d = e.expiredBase
		}
		unknown := d.License == license.Unknown
		var rule *analysis.Rule
		sev := finding.Severity(0)
		switch d.Verdict {
		case license.VerdictFail:
			rule, sev = ruleLicenseViolation, finding.High
		case license.VerdictReview:
			rule, sev = ruleLicenseReview, finding.Medium
		case license.VerdictWarn:
			rule, sev = ruleLicenseReview, finding.Low
		default:
			continue
		}
		if unknown {
			rule = ruleLicenseUnknown
		}
		f := licenseFinding(e, rule)
		f.Severity = sev
		what := fmt.Sprintf("is licensed %s (%s)", d.License, d.Category)
		switch {
		case unknown && e.Result.Status == license.StatusAmbiguous:
			what = "has an ambiguous license (one of " + strings.Join(e.Result.Candidates, ", ") + ")"
			f.Confidence = finding.MediumConfidence
		case unknown && e.Note != "":
			what = "has no known license (" + e.Note + ")"
		case unknown:
			what = "has no known license"
		case e.Result.Source == license.SourceClassifier || e.Result.Source == license.SourceFile || e.Result.Source == license.SourceText:
			f.Confidence = finding.MediumConfidence
		}
		f.Message = fmt.Sprintf("%s %s %s: %s", e.Name, e.version(), what, d.Explanation())
		out = append(out, f)
	}
	finding.Sort(out)
	finding.SetFingerprints(out)
	return out
}

// overrideLine returns the line of configFile that names pkg in an
// override (package = "pkg"), else 1.
func overrideLine(configFile, pkg string) int {
	data, err := os.ReadFile(configFile)
	if err != nil {
		return 1
	}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, "package") && (strings.Contains(line, `"`+pkg+`"`) || strings.Contains(line, `'`+pkg+`'`)) {
			return i + 1
		}
	}
	return 1
}

func licenseFinding(e *licenseEntry, r *analysis.Rule) finding.Finding {
	f := finding.Finding{RuleID: r.ID, RuleName: r.Name, CWE: r.CWE, Severity: r.Severity, Confidence: r.Confidence,
		Path: filepath.ToSlash(e.File), Line: max(e.Line, 1), Column: 1, Package: e.Normalized, Version: e.Version}
	if e.Version != "" {
		f.Snippet = e.Name + "==" + e.Version
	} else {
		f.Snippet = e.Name
	}
	return f
}

// licenseReport is what krait licenses writes.
type licenseReport struct {
	Version  string            `json:"version"`
	Packages []*licenseEntry   `json:"packages"`
	Summary  licenseSummary    `json:"summary"`
	Findings []finding.Finding `json:"findings"`
}

// licenseSummary counts packages by category and by verdict.
type licenseSummary struct {
	Packages   int             `json:"packages"`
	Categories []categoryCount `json:"categories"`
	Verdicts   map[string]int  `json:"verdicts"`
	Findings   int             `json:"findings"`
	BySeverity map[string]int  `json:"by_severity,omitempty"`
}

// categoryCount is one line of the summary by category.
type categoryCount struct {
	Category license.Category `json:"category"`
	Packages int              `json:"packages"`
	Verdicts map[string]int   `json:"verdicts"`
}

func summarize(entries []*licenseEntry, findings []finding.Finding) licenseSummary {
	s := licenseSummary{Packages: len(entries), Verdicts: map[string]int{}, Findings: len(findings), BySeverity: map[string]int{}}
	byCat := map[license.Category]*categoryCount{}
	for _, e := range entries {
		c := e.Decision.Category
		if c == "" {
			c = license.CategoryUnknown
		}
		cc := byCat[c]
		if cc == nil {
			cc = &categoryCount{Category: c, Verdicts: map[string]int{}}
			byCat[c] = cc
		}
		cc.Packages++
		cc.Verdicts[string(e.Decision.Verdict)]++
		s.Verdicts[string(e.Decision.Verdict)]++
	}
	for _, c := range license.Categories() {
		if cc := byCat[c]; cc != nil {
			s.Categories = append(s.Categories, *cc)
		}
	}
	if s.Categories == nil {
		s.Categories = []categoryCount{}
	}
	for _, f := range findings {
		s.BySeverity[f.Severity.String()]++
	}
	return s
}

// verdictOrder lists the verdicts in the order summaries show them.
var verdictOrder = []license.Verdict{license.VerdictPass, license.VerdictWarn, license.VerdictReview, license.VerdictFail, license.VerdictSkip}

func verdictCounts(m map[string]int) string {
	var parts []string
	for _, v := range verdictOrder {
		if n := m[string(v)]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	return strings.Join(parts, ", ")
}

// verdictLabel is the verdict for the table, with what made it.
func (e *licenseEntry) verdictLabel() string {
	d := e.Decision
	switch {
	case d.Verdict == license.VerdictSkip:
		return "skip (dev)"
	case d.ExpiredOverride != nil:
		return string(d.Verdict) + " (override expired)"
	case d.Override != nil:
		return string(d.Verdict) + " (override)"
	}
	return string(d.Verdict)
}

func writeLicensesText(w io.Writer, rep *licenseReport, quiet bool) error {
	bw := bufio.NewWriter(w)
	if !quiet && len(rep.Packages) == 0 {
		fmt.Fprintln(bw, "No dependencies found.")
		return bw.Flush()
	}
	if !quiet {
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "PACKAGE\tVERSION\tLICENSE\tCATEGORY\tEVIDENCE\tVERDICT")
		for _, e := range rep.Packages {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", textreport.Sanitize(e.Name), textreport.Sanitize(e.version()),
				textreport.Sanitize(e.display()), e.Decision.Category, textreport.Sanitize(e.evidence()), e.verdictLabel())
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(bw)
		fmt.Fprintln(bw, "By category:")
		tw = tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		for _, c := range rep.Summary.Categories {
			fmt.Fprintf(tw, "  %s\t%d\t%s\n", c.Category, c.Packages, verdictCounts(c.Verdicts))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(bw)
	}
	if len(rep.Findings) > 0 {
		for _, f := range rep.Findings {
			fmt.Fprintf(bw, "%s:%d: %s %s %s\n", textreport.Sanitize(f.Path), f.Line, f.Severity, f.RuleID, textreport.Sanitize(f.Message))
		}
		fmt.Fprintln(bw)
	}
	if !quiet {
		fmt.Fprintf(bw, "%d package%s: %s. %d finding%s.\n", rep.Summary.Packages, plural(rep.Summary.Packages),
			orNone(verdictCounts(rep.Summary.Verdicts)), len(rep.Findings), plural(len(rep.Findings)))
	}
	return bw.Flush()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func writeLicensesJSON(w io.Writer, rep *licenseReport) error {
	out := *rep
	if out.Packages == nil {
		out.Packages = []*licenseEntry{}
	}
	if out.Findings == nil {
		out.Findings = []finding.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("writing JSON report: %w", err)
	}
	return nil
}

// mdCell escapes s for a Markdown table cell: pipes, backslashes,
// markup characters, HTML and line breaks.
func mdCell(s string) string {
	s = textreport.Sanitize(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#', '!', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func writeLicensesMarkdown(w io.Writer, rep *licenseReport) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "## krait licenses\n\n")
	fmt.Fprintf(bw, "**%d package%s**: %s; %d finding%s\n\n", rep.Summary.Packages, plural(rep.Summary.Packages),
		orNone(verdictCounts(rep.Summary.Verdicts)), len(rep.Findings), plural(len(rep.Findings)))
	if len(rep.Packages) > 0 {
		bw.WriteString("| Package | Version | License | Category | Evidence | Verdict |\n|---|---|---|---|---|---|\n")
		for _, e := range rep.Packages {
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s |\n", mdCell(e.Name), mdCell(e.version()), mdCell(e.display()),
				e.Decision.Category, mdCell(e.evidence()), mdCell(e.verdictLabel()))
		}
		bw.WriteString("\n")
		bw.WriteString("| Category | Packages | Verdicts |\n|---|---|---|\n")
		for _, c := range rep.Summary.Categories {
			fmt.Fprintf(bw, "| %s | %d | %s |\n", c.Category, c.Packages, verdictCounts(c.Verdicts))
		}
		bw.WriteString("\n")
	}
	if len(rep.Findings) > 0 {
		bw.WriteString("| Severity | Rule | Package | Finding | Where |\n|---|---|---|---|---|\n")
		for _, f := range rep.Findings {
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s |\n", f.Severity, f.RuleID, mdCell(f.Package), mdCell(f.Message),
				mdCell(fmt.Sprintf("%s:%d", f.Path, f.Line)))
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// writeLicensesCSV writes one row per package. Cells that a spreadsheet
// would read as a formula (=, +, -, @ first) are prefixed with a quote.
func writeLicensesCSV(w io.Writer, rep *licenseReport) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"package", "version", "license", "category", "evidence", "verdict", "direct", "groups", "file", "line", "reasons"})
	for _, e := range rep.Packages {
		row := []string{e.Name, e.version(), e.display(), string(e.Decision.Category), e.evidence(), string(e.Decision.Verdict),
			fmt.Sprint(e.Direct), strings.Join(e.Groups, " "), filepath.ToSlash(e.File), fmt.Sprint(e.Line), e.Decision.Explanation()}
		for i, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				row[i] = "'" + c
			}
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV report: %w", err)
	}
	return nil
}
