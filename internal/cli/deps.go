package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/config"
	"github.com/krait-dev/krait/internal/deps/audit"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/osvclient"
	"github.com/krait-dev/krait/internal/deps/outdated"
	"github.com/krait-dev/krait/internal/deps/pep508"
	"github.com/krait-dev/krait/internal/deps/project"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/deps/vulndb"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/httpclient"
	"github.com/krait-dev/krait/internal/report"
	jsonreport "github.com/krait-dev/krait/internal/report/json"
	"github.com/krait-dev/krait/internal/report/markdown"
	"github.com/krait-dev/krait/internal/report/sarif"
	textreport "github.com/krait-dev/krait/internal/report/text"
	"github.com/krait-dev/krait/internal/supplychain/typosquat"
	"github.com/krait-dev/krait/internal/walk"
)

const depsHelp = `
Audit the dependencies declared below each PATH (default "."): every
requirements and constraints file, pyproject.toml (PEP 621, PEP 735,
Poetry), setup.cfg, setup.py (read, never run), Pipfile and the lock files
uv.lock, poetry.lock, pdm.lock, Pipfile.lock and pylock.toml; --env adds an
installed environment. A lock file wins over the manifest beside it, which
still says which packages are direct and in which group.

Each package is matched against OSV advisories: online through the OSV API
by default, or from the local database with --offline ('krait db update'
or 'krait db import' fills it). A pinned or locked version is vulnerable
when an advisory affects it (KRT4001); a package known only by a range is
judged over the versions the range allows (KRT4002: every allowed version
affected, or the floor to raise to). Known-malicious packages (OSV MAL-
advisories) are critical (KRT4003); names that imitate popular packages
are reported (KRT4004). --outdated asks the package index for yanked
releases in use (KRT4005) and newer releases (KRT4006).

Environment markers are evaluated for --python-version and --platform.
Advisories are ignored with a reason in [tool.krait.deps] ignore; expired
and unused ignores are reported.

Flags may come before or after the paths; "--" ends the flags.
`

// depsFlags are the flags krait deps and krait fix share.
type depsFlags struct {
	offline, outdated                     *bool
	db, env, pythonVersion, platform      *string
	osvURL, indexURL, cfgPath, popularity *string
	jobs                                  *int
}

func addDepsFlags(flags *flagSet) *depsFlags {
	return &depsFlags{
		offline:       flags.Bool("offline", false, "never use the network: advisories from the local database, package data from the cache"),
		outdated:      flags.Bool("outdated", false, "also report yanked releases in use and newer releases (asks the package index)"),
		db:            flags.String("db", "", "the local vulnerability database `DIR` (default $KRAIT_DB, else the user cache directory)"),
		env:           flags.String("env", "", "also audit the installed environment `DIR` (a virtualenv or a site-packages directory)"),
		pythonVersion: flags.String("python-version", "", "evaluate environment markers for this Python `VERSION` (default: the configuration's, else 3.12)"),
		platform:      flags.String("platform", "", "evaluate environment markers for this `PLATFORM`: linux, darwin or win32 (default: the configuration's, else this machine's)"),
		osvURL:        flags.String("osv-url", "", "the OSV API base `URL` (default: the configuration's, else https://api.osv.dev)"),
		indexURL:      flags.String("index-url", "", "the package index JSON API base `URL` (default: the configuration's, else https://pypi.org)"),
		cfgPath:       flags.String("config", "", "read the configuration from `FILE` (default: found by walking up from the first PATH)"),
		popularity:    flags.String("popular", "", "the popular-packages `FILE` (top-pypi-packages JSON) for typosquatting checks (default: the one 'krait db update' fetched, else the built-in list)"),
		jobs:          flags.Int("jobs", 0, "requests at a time; 0 means the default"),
	}
}

// depsRun is what krait deps and krait fix set up from their flags.
type depsRun struct {
	cfg     *config.Config
	deps    config.Deps
	env     pep508.Environment
	inv     *project.Result
	cache   string // the cache directory (parent of the database)
	http    *http.Client
	offline bool
	// db is the local vulnerability database when the run has opened it
	// already (krait scan opens it to choose between the database and the
	// API); advisorySource uses it instead of opening it again, and the
	// run that opened it closes it.
	db *vulndb.DB
}

// setupDeps loads the configuration and the inventory. It returns an exit
// code and false when the run cannot go on (the message is printed).
func (a *app) setupDeps(ctx context.Context, name string, flags *flagSet, df *depsFlags, paths []string) (*depsRun, int, bool) {
	for _, p := range paths {
		if _, err := os.Lstat(p); err != nil {
			fmt.Fprintf(a.stderr, "krait %s: %s: no such file or directory\n", name, p)
			return nil, ExitUsage, false
		}
	}
	cfg, err := loadConfig(ctx, *df.cfgPath, paths[0])
	if err != nil {
		if ctx.Err() != nil {
			return nil, a.interrupted(name), false
		}
		fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
		return nil, ExitUsage, false
	}
	r := &depsRun{cfg: cfg, deps: depsConfig(cfg), offline: *df.offline}
	if r.env, err = targetEnvironment(*df.pythonVersion, *df.platform, r.deps); err != nil {
		return nil, a.usageError(flags, "%v", err), false
	}
	r.deps.OSVURL = firstNonEmpty(*df.osvURL, r.deps.OSVURL)
	r.deps.IndexURL = firstNonEmpty(*df.indexURL, r.deps.IndexURL)
	dbDir, err := vulndb.DefaultDir(*df.db, a.getenv)
	if err != nil {
		fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
		return nil, ExitUsage, false
	}
	*df.db = dbDir
	r.cache = filepath.Dir(dbDir)
	r.http = httpclient.New(httpclient.Options{Version: a.version, Offline: r.offline})

	r.inv, err = project.Load(ctx, paths, project.Options{Env: *df.env, Walk: walkOptions(cfg)})
	if err != nil {
		var nx *walk.NotExistError
		switch {
		case errors.As(err, &nx):
			fmt.Fprintf(a.stderr, "krait %s: %s: no such file or directory\n", name, nx.Path)
			return nil, ExitUsage, false
		case ctx.Err() != nil:
			return nil, a.interrupted(name), false
		}
		fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
		return nil, ExitUsage, false
	}
	return r, ExitOK, true
}

// targetEnvironment returns the environment markers are evaluated for:
// the flags' Python version and platform, else the configuration's, else
// Python 3.12 on this machine's platform.
func targetEnvironment(pythonVersion, platform string, d config.Deps) (pep508.Environment, error) {
	return pep508.NewEnvironment(firstNonEmpty(pythonVersion, d.PythonVersion, "3.12"), firstNonEmpty(platform, d.Platform, runtime.GOOS))
}

// walkOptions returns the directory walk the configuration asks for:
// .gitignore honoured unless turned off, excludes skipped.
func walkOptions(cfg *config.Config) walk.Options {
	return walk.Options{
		NoGitignore: !cfg.RespectGitignore,
		Exclude:     func(p string, _ bool) bool { return cfg.Excluded(p) },
	}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// advisorySource returns where advisories come from: the database r has
// open, else the local database with --offline, else the OSV API (its
// answers cached beside the database). close releases what it opened.
func (a *app) advisorySource(ctx context.Context, r *depsRun, dbDir string) (src audit.Source, close func(), err error) {
	if r.db != nil {
		return dbSource{r.db}, func() {}, nil // the run that opened it closes it
	}
	if r.offline {
		db, err := a.openDB(ctx, dbDir)
		if err != nil {
			if errors.Is(err, vulndb.ErrNoDatabase) {
				return nil, nil, fmt.Errorf("--offline: no vulnerability database in %s: run 'krait db update' (or 'krait db import FILE') first: %w", dbDir, err)
			}
			return nil, nil, fmt.Errorf("opening the vulnerability database %s: %w", dbDir, err)
		}
		return dbSource{db}, func() { a.closeDB(db, dbDir) }, nil
	}
	c := &osvclient.Client{BaseURL: r.deps.OSVURL, HTTP: r.http, CacheDir: filepath.Join(r.cache, "osv-api"), Retries: -1}
	return apiSource{c}, func() {}, nil
}

// closeDB closes a database the run opened. The database is only read, so
// the findings stand when closing fails: the error is a warning.
func (a *app) closeDB(db *vulndb.DB, dir string) {
	if err := db.Close(); err != nil {
		fmt.Fprintf(a.stderr, "krait: warning: closing the vulnerability database %s: %v\n", dir, err)
	}
}

// dbSource serves advisories from the local database.
type dbSource struct{ db *vulndb.DB }

func (s dbSource) Advisories(ctx context.Context, names []string) (map[string][]*osv.Vulnerability, error) {
	out := make(map[string][]*osv.Vulnerability, len(names))
	for _, n := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		vs, err := s.db.Lookup(n)
		if err != nil {
			return nil, err
		}
		if len(vs) > 0 {
			out[n] = vs
		}
	}
	return out, nil
}

// apiSource asks the OSV API for every advisory naming each package (a
// query by name, without a version), so that krait's own matcher decides,
// as it does offline.
type apiSource struct{ c *osvclient.Client }

func (s apiSource) Advisories(ctx context.Context, names []string) (map[string][]*osv.Vulnerability, error) {
	qs := make([]osvclient.Package, len(names))
	for i, n := range names {
		qs[i] = osvclient.Package{Name: n}
	}
	lists, err := s.c.QueryBatch(ctx, qs)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]*osv.Vulnerability, len(names))
	for i, n := range names {
		if len(lists[i]) > 0 {
			out[n] = lists[i]
		}
	}
	return out, nil
}

// popularList returns the popular packages for typosquatting checks: the
// file named, else the one 'krait db update' fetched, else the built-in
// list.
func popularList(ctx context.Context, file, cache string) (*typosquat.List, error) {
	if file != "" {
		return typosquat.LoadTopPyPI(ctx, file)
	}
	cached := filepath.Join(cache, topPackagesFile)
	if _, err := os.Stat(cached); err == nil {
		if l, err := typosquat.LoadTopPyPI(ctx, cached); err == nil {
			return l, nil
		}
	}
	return typosquat.Builtin(), nil
}

// depsCmd implements `krait deps`.
func (a *app) depsCmd(ctx context.Context, args []string) int {
	flags := newFlagSet("deps", "krait deps [flags] [PATH...]", depsHelp)
	format := flags.String("format", "text", "output `FORMAT`: text, json, sarif or markdown")
	output := flags.String("o", "", "write the report to `FILE` instead of standard output")
	failOn := flags.String("fail-on", "", "exit 1 when a finding has at least this `SEVERITY` (default: the configuration's fail-on, else low)")
	quiet := flags.Bool("q", false, "quiet: print the findings only, without the summary")
	noColor := flags.Bool("no-color", false, "never colour the output")
	showSuppressed := flags.Bool("show-suppressed", false, "list ignored advisories in the text report too")
	df := addDepsFlags(flags)
	paths, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	switch *format {
	case "text", "json", "sarif", "markdown":
	default:
		return a.usageError(flags, "unsupported --format %q (want text, json, sarif or markdown)", *format)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	r, code, ok := a.setupDeps(ctx, "deps", flags, df, paths)
	if !ok {
		return code
	}
	minSev, err := failOnSeverity(*failOn, r.cfg.FailOn)
	if err != nil {
		return a.usageError(flags, "--fail-on: %v", err)
	}
	findings, err := a.auditDeps(ctx, r, df)
	if err != nil {
		if ctx.Err() != nil {
			return a.interrupted("deps")
		}
		if errors.Is(err, vulndb.ErrNoDatabase) {
			fmt.Fprintf(a.stderr, "krait deps: %v\n", err)
			return ExitUsage
		}
		fmt.Fprintf(a.stderr, "krait deps: %v\n", err)
		return ExitInternal
	}
	rep := &report.Report{Version: a.version, Files: len(r.inv.Files), Findings: findings}
	return a.writeReport("deps", rep, audit.Rules(), *format, *output, textOptions{noColor: *noColor, quiet: *quiet, showSuppressed: *showSuppressed, deps: true}, minSev)
}

// auditDeps runs the dependency audit of r's inventory.
func (a *app) auditDeps(ctx context.Context, r *depsRun, df *depsFlags) ([]finding.Finding, error) {
	src, closeSrc, err := a.advisorySource(ctx, r, *df.db)
	if err != nil {
		return nil, err
	}
	defer closeSrc()
	popular, err := popularList(ctx, *df.popularity, r.cache)
	if err != nil {
		return nil, err
	}
	opts := audit.Options{
		Env: r.env, Ignores: r.deps.Ignores, ConfigFile: r.cfg.File,
		Typosquats: typosquat.NewIndex(popular, typosquat.Options{}),
	}
	if !r.offline {
		if client, err := r.pypiClient(*df.jobs); err == nil {
			opts.Gate = typosquatGate(client, popular)
		}
	}
	if opts.ConfigFile == "" {
		opts.ConfigFile = "pyproject.toml"
	}
	rep, err := audit.Audit(ctx, r.inv.Packages, r.inv.Problems, src, opts)
	if err != nil {
		return nil, err
	}
	// Malformed parts of advisories were skipped, not fatal: say so.
	for i, w := range rep.Warnings {
		if i == maxWarnings {
			fmt.Fprintf(a.stderr, "krait: ... and %d more advisory warnings\n", len(rep.Warnings)-maxWarnings)
			break
		}
		fmt.Fprintf(a.stderr, "krait: warning: advisory skipped in part: %s\n", w)
	}
	findings := configured(r.cfg, audit.Rules(), rep.Findings)
	if *df.outdated {
		more, err := r.outdatedFindings(ctx, *df.jobs)
		if err != nil {
			return nil, err
		}
		findings = append(findings, configured(r.cfg, audit.Rules(), more)...)
		finding.Sort(findings)
		finding.SetFingerprints(findings)
	}
	return findings, nil
}

// pypiClient returns the package index client of the run.
func (r *depsRun) pypiClient(jobs int) (*pypi.Client, error) {
	opts := pypi.Options{HTTPClient: r.http, CacheDir: filepath.Join(r.cache, "pypi"), Offline: r.offline, Jobs: jobs}
	if r.deps.IndexURL != "" {
		opts.BaseURL = r.deps.IndexURL
	}
	return pypi.New(opts)
}

// outdatedFindings asks the index about every pinned package.
func (r *depsRun) outdatedFindings(ctx context.Context, jobs int) ([]finding.Finding, error) {
	client, err := r.pypiClient(jobs)
	if err != nil {
		return nil, err
	}
	var pkgs []outdated.Package
	for _, p := range r.inv.Packages {
		if op, ok := outdated.FromInventory(p, r.env.PythonFullVersion); ok {
			pkgs = append(pkgs, op)
		}
	}
	reports, err := outdated.CheckAll(ctx, client.Projects, pkgs, time.Now())
	if err != nil {
		return nil, err
	}
	var out []finding.Finding
	for _, rp := range reports {
		out = append(out, rp.Findings()...)
	}
	return out, nil
}

// failOnSeverity returns the severity --fail-on names, else the
// configuration's, else low.
func failOnSeverity(flag string, cfg finding.Severity) (finding.Severity, error) {
	if flag == "" && cfg != 0 {
		return cfg, nil
	}
	if flag == "" {
		flag = "low"
	}
	return finding.ParseSeverity(flag)
}

// textOptions are the text report's flags.
type textOptions struct {
	noColor, quiet, showSuppressed, deps bool
}

// writeReport writes rep in format to the file named by output (standard
// output when empty) and returns the exit code.
func (a *app) writeReport(name string, rep *report.Report, rules []*analysis.Rule, format, output string, to textOptions, minSev finding.Severity) int {
	w, ok := a.openOutput(name, output)
	if !ok {
		return ExitUsage
	}
	defer w.close(nil)
	var err error
	switch format {
	case "json":
		err = jsonreport.Write(w, rep)
	case "sarif":
		err = sarif.Write(w, rep.Findings, rules, sarif.ToolInfo{Version: a.version})
	case "markdown":
		err = markdown.Write(w, rep, "krait "+name)
	default:
		opts := textreport.Options{Color: a.color(w, to.noColor), Quiet: to.quiet, ShowSuppressed: to.showSuppressed}
		if to.deps {
			err = textreport.WriteDeps(w, rep, opts)
		} else {
			err = textreport.Write(w, rep, opts)
		}
	}
	if err = w.close(err); err != nil {
		fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
		return ExitInternal
	}
	if finding.AtOrAbove(rep.Findings, minSev) > 0 {
		return ExitFindings
	}
	return ExitOK
}

// maxWarnings bounds the advisory warnings printed; the rest are counted.
const maxWarnings = 20

// topPackagesFile is the popular-packages list 'krait db update' caches
// beside the database.
const topPackagesFile = "top-pypi-packages.json"

// topPackagesURL is the public top-PyPI-packages data set (30 days).
const topPackagesURL = "https://hugovk.github.io/top-pypi-packages/top-pypi-packages.min.json"

const dbHelp = `
Manage the local vulnerability database that 'krait deps --offline' and
'krait fix --offline' read (OSV format, indexed by package name):

  krait db update        download OSV's PyPI bulk export (PyPI/all.zip) and
                         the top-PyPI-packages list, check and import them
  krait db import SRC    import an OSV bulk-export zip, a directory of OSV
                         JSON records, or the PyPA advisory database (YAML)
  krait db status        show the source, age and counts

The database lives in --db DIR, else $KRAIT_DB, else krait/osv under the
user cache directory ($XDG_CACHE_HOME or ~/.cache). A failed update or
import leaves the previous database as it was.
`

// dbCmd implements `krait db`.
func (a *app) dbCmd(ctx context.Context, args []string) int {
	flags := newFlagSet("db", "krait db update|import SRC|status [flags]", dbHelp)
	dbDir := flags.String("db", "", "the database `DIR`")
	url := flags.String("url", "", "the bulk-export zip `URL` for update (default: the configuration's bulk-url, else OSV's PyPI/all.zip)")
	topURL := flags.String("popular-url", topPackagesURL, "the top-PyPI-packages JSON `URL` for update; empty to skip it")
	offline := flags.Bool("offline", false, "refuse to use the network (update fails)")
	cfgPath := flags.String("config", "", "read the configuration from `FILE`")
	pos, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return a.usageError(flags, "want a subcommand: update, import or status")
	}
	dir, err := vulndb.DefaultDir(*dbDir, a.getenv)
	if err != nil {
		fmt.Fprintf(a.stderr, "krait db: %v\n", err)
		return ExitUsage
	}
	store := &vulndb.Store{Dir: dir}
	switch pos[0] {
	case "status":
		if len(pos) != 1 {
			return a.usageError(flags, "status takes no argument")
		}
		st, err := store.Status(ctx)
		if err != nil {
			if errors.Is(err, vulndb.ErrNoDatabase) {
				fmt.Fprintf(a.stdout, "No vulnerability database in %s: run 'krait db update' or 'krait db import SRC'.\n", dir)
				return ExitOK
			}
			fmt.Fprintf(a.stderr, "krait db: %v\n", err)
			return ExitInternal
		}
		a.printStatus(st)
		return ExitOK
	case "import":
		if len(pos) != 2 {
			return a.usageError(flags, "import takes one SRC: a zip, a directory of OSV JSON or the PyPA advisory database")
		}
		if _, err := os.Stat(pos[1]); err != nil {
			fmt.Fprintf(a.stderr, "krait db: %s: no such file or directory\n", pos[1])
			return ExitUsage
		}
		rep, err := store.Import(ctx, pos[1])
		if err != nil {
			if ctx.Err() != nil {
				return a.interrupted("db")
			}
			fmt.Fprintf(a.stderr, "krait db: %v\n", err)
			return ExitUsage
		}
		a.printImport(rep)
		return ExitOK
	case "update":
		if len(pos) != 1 {
			return a.usageError(flags, "update takes no argument")
		}
		cfg, err := loadConfig(ctx, *cfgPath, ".")
		if err != nil {
			fmt.Fprintf(a.stderr, "krait db: %v\n", err)
			return ExitUsage
		}
		src := firstNonEmpty(*url, depsConfig(cfg).BulkURL, vulndb.DefaultURL)
		client := httpclient.New(httpclient.Options{Version: a.version, Offline: *offline, Timeout: 10 * time.Minute})
		rep, err := store.Update(ctx, client, src)
		if err != nil {
			if ctx.Err() != nil {
				return a.interrupted("db")
			}
			fmt.Fprintf(a.stderr, "krait db: update from %s: %v\n", src, err)
			return ExitInternal
		}
		a.printImport(rep)
		if *topURL != "" {
			if err := fetchTopPackages(ctx, client, *topURL, filepath.Join(filepath.Dir(dir), topPackagesFile)); err != nil {
				fmt.Fprintf(a.stderr, "krait db: popular packages (typosquatting list) not updated: %v\n", err)
			} else {
				fmt.Fprintf(a.stdout, "Popular packages list updated from %s.\n", *topURL)
			}
		}
		return ExitOK
	}
	return a.usageError(flags, "unknown subcommand %q (want update, import or status)", pos[0])
}

func depsConfig(cfg *config.Config) config.Deps {
	if cfg == nil || cfg.Deps == nil {
		return config.Deps{}
	}
	return *cfg.Deps
}

// fetchTopPackages downloads the popular-packages list, checks that it
// parses, and writes it atomically to path.
func fetchTopPackages(ctx context.Context, client *http.Client, url, path string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	body, err := httpclient.ReadBody(resp, 64<<20)
	if err != nil {
		return err
	}
	if _, err := typosquat.ParseTopPyPI(bytes.NewReader(body)); err != nil {
		return fmt.Errorf("%s: %w", url, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".top-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(body); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func (a *app) printStatus(st vulndb.Status) {
	fmt.Fprintf(a.stdout, "Database:   %s\n", st.Dir)
	fmt.Fprintf(a.stdout, "Source:     %s (%s)\n", st.Source, st.SourceKind)
	fmt.Fprintf(a.stdout, "Imported:   %s (%s ago)\n", st.ImportedAt.UTC().Format(time.RFC3339), st.Age.Round(time.Minute))
	fmt.Fprintf(a.stdout, "Advisories: %d (%d withdrawn, %d malicious-package)\n", st.Records, st.Withdrawn, st.Malicious)
	fmt.Fprintf(a.stdout, "Packages:   %d\n", st.Packages)
	if st.Skipped > 0 {
		fmt.Fprintf(a.stdout, "Skipped:    %d malformed records\n", st.Skipped)
	}
}

func (a *app) printImport(rep *vulndb.Report) {
	if rep.NotModified {
		fmt.Fprintf(a.stdout, "The database is up to date (%d advisories).\n", rep.Status.Records)
		return
	}
	fmt.Fprintf(a.stdout, "Imported %d advisories for %d packages", rep.Records, rep.Packages)
	if rep.Skipped > 0 {
		fmt.Fprintf(a.stdout, "; skipped %d malformed records", rep.Skipped)
	}
	fmt.Fprintln(a.stdout, ".")
	ws := rep.Warnings
	sort.Slice(ws, func(i, j int) bool { return ws[i].File < ws[j].File })
	for i, w := range ws {
		if i == 20 {
			fmt.Fprintf(a.stderr, "krait db: ... and %d more warnings\n", len(ws)-20)
			break
		}
		fmt.Fprintf(a.stderr, "krait db: warning: %s\n", w)
	}
}

// scanDeps runs the dependency checks of krait scan over the dependency
// files below paths: the audit, and the license check when the
// configuration sets a license policy (config.Licenses.Configured). It
// returns the findings and the number of dependency files read.
func (a *app) scanDeps(ctx context.Context, paths []string, cfg *config.Config, offline bool, jobs int) ([]finding.Finding, int) {
	// A file named on the command line is audited only when its name says
	// it is a dependency file: scan is given Python files too.
	var roots []string
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			roots = append(roots, p)
		} else if _, ok := project.KindOf(p); ok {
			roots = append(roots, p)
		}
	}
	if len(roots) == 0 {
		return nil, 0
	}
	inv, err := project.Load(ctx, roots, project.Options{Walk: walkOptions(cfg)})
	if err != nil || len(inv.Files) == 0 {
		return nil, 0
	}
	findings := a.scanAudit(ctx, inv, cfg, offline)
	if cfg.Licenses.Configured() && ctx.Err() == nil {
		findings = append(findings, a.scanLicenses(ctx, inv, cfg, offline, jobs)...)
	}
	return findings, len(inv.Files)
}

// scanAudit runs the dependency audit for krait scan: advisories from the
// local database when there is one (or with --offline), else from the OSV
// API. The audit never fails the scan: when advisories cannot be had, a
// note says why on standard error and the scan goes on.
func (a *app) scanAudit(ctx context.Context, inv *project.Result, cfg *config.Config, offline bool) []finding.Finding {
	r := &depsRun{cfg: cfg, deps: depsConfig(cfg), inv: inv, offline: offline}
	env, err := targetEnvironment("", "", r.deps)
	if err != nil {
		fmt.Fprintf(a.stderr, "krait scan: dependency audit skipped: %v\n", err)
		return nil
	}
	r.env = env
	dbDir, err := vulndb.DefaultDir("", a.getenv)
	if err != nil {
		fmt.Fprintf(a.stderr, "krait scan: dependency audit skipped: %v\n", err)
		return nil
	}
	r.cache = filepath.Dir(dbDir)
	// The database is opened once for the whole audit: a local database
	// means no need for the network; without one (or when it cannot be
	// read) the advisories come from the OSV API.
	if db, err := a.openDB(ctx, dbDir); err == nil {
		defer a.closeDB(db, dbDir)
		r.db, r.offline = db, true
	}
	r.http = httpclient.New(httpclient.Options{Version: a.version, Offline: r.offline, Timeout: time.Minute})
	df := &depsFlags{db: &dbDir, popularity: new(string), outdated: new(bool), jobs: new(int)}
	findings, err := a.auditDeps(ctx, r, df)
	if err != nil {
		if ctx.Err() == nil {
			fmt.Fprintf(a.stderr, "krait scan: dependency audit skipped: %v\n", err)
		}
		return nil
	}
	return findings
}

// scanLicenses runs the license check of krait licenses for krait scan
// (checkLicenses), with the package index of the configuration and its
// cache (--offline: the cache only), jobs requests at a time. Like the
// audit it never fails the scan: when license data cannot be had, one
// line on standard error says the check was skipped (for some or all of
// the packages) and why, and the packages concerned are left out rather
// than reported as of unknown license.
func (a *app) scanLicenses(ctx context.Context, inv *project.Result, cfg *config.Config, offline bool, jobs int) []finding.Finding {
	r := &depsRun{cfg: cfg, deps: depsConfig(cfg), inv: inv, offline: offline}
	dbDir, err := vulndb.DefaultDir("", a.getenv)
	if err != nil {
		fmt.Fprintf(a.stderr, "krait scan: license check skipped: %v\n", err)
		return nil
	}
	r.cache = filepath.Dir(dbDir)
	r.http = httpclient.New(httpclient.Options{Version: a.version, Offline: offline, Timeout: time.Minute})
	run, findings, err := a.checkLicenses(ctx, r, jobs)
	if err != nil {
		if ctx.Err() == nil {
			fmt.Fprintf(a.stderr, "krait scan: license check skipped: %v\n", err)
		}
		return nil
	}
	type key struct{ pkg, version string }
	missing := map[key]bool{}
	for _, e := range run.entries {
		if e.unavailable {
			missing[key{e.Normalized, e.Version}] = true
		}
	}
	if len(missing) > 0 {
		why := "not in the cache, --offline"
		if len(run.failures) > 0 {
			why = "package index unavailable: " + run.failures[0]
		}
		if len(missing) == len(run.entries) {
			fmt.Fprintf(a.stderr, "krait scan: license check skipped: no license data for %d package%s (%s)\n", len(missing), plural(len(missing)), textreport.Sanitize(why))
		} else {
			fmt.Fprintf(a.stderr, "krait scan: license check skipped for %d of %d packages: no license data (%s)\n", len(missing), len(run.entries), textreport.Sanitize(why))
		}
		kept := findings[:0]
		for _, f := range findings {
			if f.RuleID != ruleLicenseUnknown.ID || !missing[key{f.Package, f.Version}] {
				kept = append(kept, f)
			}
		}
		findings = kept
	}
	return configured(cfg, licenseRules(), findings)
}

// typosquatGate returns the check that weighs a typosquatting match with
// the package index's data (typosquat.Gate): the candidate's first
// release, its downloads (below the least popular listed package's when
// it is not in the list; unknown when the list gives no counts), and
// maintainers or repositories shared with the target. When the index
// cannot be asked, the match stays as the name check left it.
func typosquatGate(client *pypi.Client, popular *typosquat.List) func(context.Context, typosquat.Match) typosquat.Match {
	var floor int64 // the smallest download count of the list
	for _, p := range popular.Packages {
		if p.Downloads > 0 && (floor == 0 || p.Downloads < floor) {
			floor = p.Downloads
		}
	}
	return func(ctx context.Context, m typosquat.Match) typosquat.Match {
		cand, err := client.Project(ctx, m.Candidate)
		if err != nil {
			return m
		}
		md := typosquat.Metadata{}
		for _, r := range cand.Releases {
			if !r.UploadTime.IsZero() && (md.FirstRelease.IsZero() || r.UploadTime.Before(md.FirstRelease)) {
				md.FirstRelease = r.UploadTime
			}
		}
		if floor > 0 && m.TargetDownloads > 0 {
			md.HaveDownloads, md.Downloads = true, floor
		}
		if target, err := client.Project(ctx, m.Target); err == nil && cand.Info != nil && target.Info != nil {
			md.SharedMaintainer = shareAny(append(cand.Info.AuthorEmails(), cand.Info.MaintainerEmails()...),
				append(target.Info.AuthorEmails(), target.Info.MaintainerEmails()...))
			md.SharedRepository = shareAny(repositories(cand.Info), repositories(target.Info))
		}
		return typosquat.Gate(m, md, typosquat.GateOptions{})
	}
}

// repositories returns the source-hosting URLs a project names, lower case
// and without a trailing ".git" or slash.
func repositories(info *pypi.Info) []string {
	var out []string
	add := func(u string) {
		u = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(u), "/"), ".git"))
		for _, host := range []string{"github.com/", "gitlab.com/", "bitbucket.org/", "codeberg.org/"} {
			if strings.Contains(u, host) {
				out = append(out, u[strings.Index(u, host):])
				return
			}
		}
	}
	add(info.HomePage)
	for _, u := range info.ProjectURLs {
		add(u)
	}
	return out
}

// shareAny reports whether a and b have an element in common
// (case-insensitive).
func shareAny(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x != "" && strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

// configured returns the dependency or license findings the configuration
// keeps: those of rules (the rules that made them) that select/ignore
// enable, at or above its thresholds, with per-file-ignores applied (as
// for the code rules).
func configured(cfg *config.Config, rules []*analysis.Rule, fs []finding.Finding) []finding.Finding {
	enabled := map[string]bool{}
	for _, r := range rules {
		enabled[r.ID] = cfg.RuleEnabled(r)
	}
	kept := fs[:0:0]
	for _, f := range fs {
		if on, known := enabled[f.RuleID]; !known || on {
			kept = append(kept, f)
		}
	}
	return cfg.Apply(kept)
}
