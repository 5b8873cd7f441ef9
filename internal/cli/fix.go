package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/deps/fix"
	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep508"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"golang.org/x/sync/errgroup"
)

const fixHelp = `
Upgrade the vulnerable dependencies declared below each PATH (default ".")
in place, like a dependency bot. For each vulnerable package krait picks the
smallest newer release that no advisory affects, that is not yanked, that
the project's other declarations and constraints allow and whose
requires_python admits --python-version; when none exists it says which
advisory, specifier or requirement blocks it.

Requirements and constraints files and pyproject.toml are rewritten
byte-precisely: only the version text changes (and the --hash options of an
edited line, replaced with the new release's hashes); comments, spacing,
markers and continuations stay. Writes are atomic, and a second run
changes nothing. Lock files get their tool's relock command (uv lock
--upgrade-package P==X, poetry update P, ...), run with --relock when the
tool is installed.

--dry-run prints a unified diff and writes nothing; --format json prints
the plan. --branch NAME commits the changed files on a new git branch with
a message listing the advisories fixed.

Advisories come from the OSV API, or the local database with --offline;
releases from the package index (or its cache with --offline).
`

// fixCmd implements `krait fix`.
func (a *app) fixCmd(ctx context.Context, args []string) int {
	flags := newFlagSet("fix", "krait fix [flags] [PATH...]", fixHelp)
	format := flags.String("format", "text", "output `FORMAT`: text or json (the plan)")
	dryRun := flags.Bool("dry-run", false, "print the changes as a unified diff and write nothing")
	relock := flags.Bool("relock", false, "run the lock tools' relock commands (when installed)")
	branch := flags.String("branch", "", "commit the changes on a new git branch `NAME`")
	floors := flags.Bool("raise-floors", false, "also raise '>=' floors that allow vulnerable versions")
	df := addDepsFlags(flags)
	paths, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return a.usageError(flags, "unsupported --format %q (want text or json)", *format)
	}
	if *branch != "" && *dryRun {
		return a.usageError(flags, "--branch and --dry-run exclude each other")
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	r, code, ok := a.setupDeps(ctx, "fix", flags, df, paths)
	if !ok {
		return code
	}
	fail := func(err error) int {
		if ctx.Err() != nil {
			return a.interrupted("fix")
		}
		fmt.Fprintf(a.stderr, "krait fix: %v\n", err)
		return ExitInternal
	}

	// The advisories of every auditable package, matched by krait's own
	// matcher.
	src, closeSrc, err := a.advisorySource(ctx, r, *df.db)
	if err != nil {
		return fail(err)
	}
	defer closeSrc()
	var pkgs []inventory.Package
	names := map[string]bool{}
	for _, p := range r.inv.Packages {
		if p.NotAuditable == "" && p.Normalized != "" {
			pkgs = append(pkgs, p)
			names[p.Normalized] = true
		}
	}
	nameList := make([]string, 0, len(names))
	for n := range names {
		nameList = append(nameList, n)
	}
	sort.Strings(nameList)
	byName, err := src.Advisories(ctx, nameList)
	if err != nil {
		return fail(fmt.Errorf("fetching advisories: %w", err))
	}
	var records []*osv.Vulnerability
	for _, n := range nameList {
		records = append(records, byName[n]...)
	}
	ix := osv.NewIndex(records)
	match := func(name string, v pep440.Version) []string {
		var ids []string
		for _, m := range ix.Query(name, v).Matches {
			ids = append(ids, m.ID)
		}
		return ids
	}
	client, err := r.pypiClient(*df.jobs)
	if err != nil {
		return fail(err)
	}
	list := func(ctx context.Context, name string) ([]fix.Release, error) {
		proj, err := client.Project(ctx, name)
		if err != nil {
			return nil, err
		}
		return fixReleases(proj), nil
	}
	deps := &requiredBy{client: client, env: r.env, pkgs: pkgs, jobs: *df.jobs}
	plan, err := fix.MakePlan(ctx, pkgs, list, match, fix.Options{Python: r.env.PythonFullVersion, RaiseFloors: *floors, Constraints: deps.constraints})
	if err != nil {
		return fail(err)
	}
	changes, err := fix.Rewrite(ctx, plan)
	if err != nil {
		return fail(err)
	}

	if *format == "json" {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(plan); err != nil {
			return fail(err)
		}
	}
	if *dryRun {
		if *format == "text" {
			fmt.Fprint(a.stdout, fix.Diff(".", changes))
			a.printPlan(plan, true)
		}
		return ExitOK
	}
	if err := fix.Write(ctx, changes); err != nil {
		return fail(err)
	}
	if *format == "text" {
		a.printPlan(plan, false)
	}
	if *relock {
		for _, step := range fix.Relocks(plan) {
			out, err := fix.Relock(ctx, step.Dir, step.Command)
			switch {
			case errors.Is(err, fix.ErrToolMissing):
				fmt.Fprintf(a.stderr, "krait fix: %s is not installed: run '%s' in %s yourself\n", step.Command[0], strings.Join(step.Command, " "), step.Dir)
			case err != nil:
				fmt.Fprintf(a.stderr, "krait fix: %s failed: %v\n%s", strings.Join(step.Command, " "), err, out)
				return ExitInternal
			default:
				fmt.Fprintf(a.stdout, "Ran %s in %s.\n", strings.Join(step.Command, " "), step.Dir)
			}
		}
	}
	if *branch != "" && len(changes) > 0 {
		var files []string
		for _, c := range changes {
			files = append(files, c.File)
		}
		dir := filepath.Dir(files[0])
		if err := fix.CommitBranch(ctx, dir, *branch, files, fix.CommitMessage(".", plan)); err != nil {
			return fail(err)
		}
		fmt.Fprintf(a.stdout, "Committed on branch %s.\n", *branch)
	}
	for _, f := range plan.Fixes {
		if !f.Fixable() {
			return ExitFindings // something vulnerable is left
		}
	}
	return ExitOK
}

// fixReleases converts the index's releases for the fix engine; hashes are
// every file's sha256, sorted, as pip's --hash options list them.
func fixReleases(p *pypi.Project) []fix.Release {
	out := make([]fix.Release, 0, len(p.Releases))
	for _, r := range p.Releases {
		var hashes []string
		seen := map[string]bool{}
		for _, f := range r.Files {
			if h := f.Hashes["sha256"]; h != "" && !seen[h] {
				seen[h] = true
				hashes = append(hashes, "sha256:"+h)
			}
		}
		sort.Strings(hashes)
		out = append(out, fix.Release{Version: r.Parsed, Yanked: r.Yanked, YankedReason: r.YankedReason, RequiresPython: r.RequiresPython, Hashes: hashes})
	}
	return out
}

// printPlan prints what fix did (or would do with --dry-run).
func (a *app) printPlan(plan fix.Plan, dry bool) {
	verb := "Upgraded"
	if dry {
		verb = "Would upgrade"
	}
	if len(plan.Fixes) == 0 {
		fmt.Fprintln(a.stdout, "Nothing to fix: no vulnerable dependency.")
		return
	}
	for _, f := range plan.Fixes {
		where := fmt.Sprintf("%s:%d", f.File, f.Line)
		switch {
		case !f.Fixable():
			fmt.Fprintf(a.stdout, "Cannot fix %s %s (%s): %s\n", f.Package, f.From, where, f.Reason)
		case f.Kind == fix.KindRelock:
			fmt.Fprintf(a.stdout, "Relock %s to %s (%s): %s\n", f.Package, f.To, where, strings.Join(f.Command, " "))
		default:
			fmt.Fprintf(a.stdout, "%s %s %s -> %s (%s), fixing %s\n", verb, f.Package, f.From, f.To, where, strings.Join(f.Advisories, ", "))
		}
		if f.Note != "" {
			fmt.Fprintf(a.stdout, "  note: %s\n", f.Note)
		}
	}
}

// requiresDistJobs is how many releases' Requires-Dist requiredBy asks
// the index for at once when --jobs does not say: a fix run waits for the
// metadata of every other pinned package, so the requests overlap, but a
// project's dozens of pins must not become dozens of connections at once
// (pypi.DefaultJobs, the Projects bound, is the same).
const requiresDistJobs = 8

// requiredBy finds what the other pinned packages of a project require of
// a package, from their releases' Requires-Dist on the index, so that an
// upgrade does not break them (requests==2.31.0 needs urllib3<3).
type requiredBy struct {
	client *pypi.Client
	env    pep508.Environment
	pkgs   []inventory.Package
	jobs   int                             // requests at a time; requiresDistJobs when zero or negative
	cache  map[string][]pep508.Requirement // "name==version" → its requirements
}

// constraints returns the specifiers the other pinned packages put on
// name (PEP 503 normalised), each with its origin, in the order of the
// inventory. A release the index cannot give is skipped: its requirements
// are unknown.
func (d *requiredBy) constraints(ctx context.Context, name string) []fix.Constraint {
	// The other pinned releases, each once, in the order of the inventory.
	var others []inventory.Package
	seen := map[string]bool{}
	for _, p := range d.pkgs {
		if p.Version == "" || p.Normalized == name || p.Constraint {
			continue
		}
		if key := releaseKey(p); !seen[key] {
			seen[key] = true
			others = append(others, p)
		}
	}
	d.fetch(ctx, others)
	var out []fix.Constraint
	for _, p := range others {
		for _, req := range d.cache[releaseKey(p)] {
			if req.NormalizedName() != name || len(req.Specifiers) == 0 {
				continue
			}
			if applies, err := req.Applies(d.env); err == nil && !applies {
				continue // an extra or another platform
			}
			out = append(out, fix.Constraint{Origin: fmt.Sprintf("%s %s", p.Name, p.Version), Specifiers: req.Specifiers})
		}
	}
	return out
}

// fetch caches the requirements of the releases of pkgs not cached yet,
// asking the index for at most d.jobs of them at a time. A release the
// index cannot give (or ctx ending first) is cached with no requirements
// and does not stop the others; the cache is filled in the order of pkgs
// once every request is done, whatever order they end in.
func (d *requiredBy) fetch(ctx context.Context, pkgs []inventory.Package) {
	if d.cache == nil {
		d.cache = map[string][]pep508.Requirement{}
	}
	var missing []inventory.Package
	for _, p := range pkgs {
		if _, ok := d.cache[releaseKey(p)]; !ok {
			missing = append(missing, p)
		}
	}
	reqs := make([][]pep508.Requirement, len(missing)) // one slot per release: no locking
	jobs := d.jobs
	if jobs <= 0 {
		jobs = requiresDistJobs
	}
	var g errgroup.Group
	g.SetLimit(jobs)
	for i, p := range missing {
		g.Go(func() error {
			if ctx.Err() != nil {
				return nil // unknown, as for a failed request
			}
			ri, err := d.client.Release(ctx, p.Normalized, p.Version)
			if err != nil {
				return nil // skipped: its requirements are unknown
			}
			for _, s := range ri.Info.RequiresDist {
				if req, err := pep508.ParseRequirement(s); err == nil {
					reqs[i] = append(reqs[i], req)
				}
			}
			return nil
		})
	}
	g.Wait() // every fetch returns nil: failures are skipped above
	for i, p := range missing {
		d.cache[releaseKey(p)] = reqs[i]
	}
}

// releaseKey names a pinned release in requiredBy's cache.
func releaseKey(p inventory.Package) string { return p.Normalized + "==" + p.Version }
