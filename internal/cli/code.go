package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/config"
	"github.com/krait-dev/krait/internal/deps/audit"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/report"
	jsonreport "github.com/krait-dev/krait/internal/report/json"
	"github.com/krait-dev/krait/internal/report/sarif"
	textreport "github.com/krait-dev/krait/internal/report/text"
	"github.com/krait-dev/krait/internal/rules"
	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
	"github.com/krait-dev/krait/internal/suppress"
	"github.com/krait-dev/krait/internal/taint"
	"github.com/krait-dev/krait/internal/walk"
)

const codeHelp = `
Analyse the Python source below each PATH (default ".") with krait's rules:
dangerous calls and configurations (every Bandit check, with the spellings
Bandit misses), exposed debug information, and files that do not parse
(KRT0001). Names are resolved through imports, aliases and re-assignments,
so 'from subprocess import Popen as P; P(cmd, shell=True)' is found and a
function named eval defined in the file is not the builtin.

--select and --ignore take rule IDs (KRT1602), names
(subprocess-popen-with-shell-equals-true), aliases (B602, S602), prefixes of
IDs and aliases (B6, S60, KRT1) and "all"; both may be repeated or
comma-separated. 'krait rules' lists the rules, 'krait explain RULE' explains
one.

A directory is walked recursively. Hidden directories and directories named
venv, .venv, node_modules, __pycache__, site-packages, build or dist are
skipped, and a symbolic link to a directory is never followed; a path named
on the command line is always checked. A file that cannot be read is a
finding (KRT0002), not an error. Output is sorted by path, line, column and
rule, so two runs over the same files print the same bytes.

Flags may come before or after the paths; "--" ends the flags.
`

// listFlag collects a repeatable, comma-separated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// code implements `krait code`.
func (a *app) code(ctx context.Context, args []string) int {
	return a.analyze(ctx, "code", "krait code [flags] [PATH...]", codeHelp, args)
}

// selectAnalyzers returns the analyzers that sel selects (all when sel is
// empty) minus those ign names. A selector that matches none of known is
// an error.
func selectAnalyzers(all []*analysis.Analyzer, known []*analysis.Rule, sel, ign []string) ([]*analysis.Analyzer, error) {
	for _, s := range append(append([]string{}, sel...), ign...) {
		if !anyRuleMatches(known, s) {
			return nil, fmt.Errorf("no rule matches %q (see 'krait rules')", s)
		}
	}
	var out []*analysis.Analyzer
	for _, an := range all {
		keep := len(sel) == 0
		for _, s := range sel {
			keep = keep || an.Matches(s)
		}
		for _, s := range ign {
			if an.Matches(s) {
				keep = false
			}
		}
		if keep {
			out = append(out, an)
		}
	}
	return out, nil
}

// analyze runs the code analysis for `krait scan` and `krait code`.
func (a *app) analyze(ctx context.Context, name, synopsis, help string, args []string) int {
	flags := newFlagSet(name, synopsis, help)
	format := flags.String("format", "text", "output `FORMAT`: text, json or sarif")
	output := flags.String("o", "", "write the report to `FILE` instead of standard output")
	failOn := flags.String("fail-on", "", "exit 1 when a finding has at least this `SEVERITY`: low, medium, high or critical (default: the configuration's fail-on, else low)")
	jobsUsage := "check `N` files at a time; 0 means one per CPU"
	if name == "scan" {
		jobsUsage = "check `N` files, and ask the package index about N packages, at a time; 0 means one file per CPU and the index's default"
	}
	jobs := flags.Int("jobs", 0, jobsUsage)
	quiet := flags.Bool("q", false, "quiet: print the findings only, without the summary")
	noColor := flags.Bool("no-color", false, "never colour the output (colour is used only on a terminal, and not when NO_COLOR is set)")
	cfgPath := flags.String("config", "", "read the configuration from `FILE` (default: krait.toml, [tool.krait] or Bandit's configuration, found by walking up from the first PATH)")
	showSuppressed := flags.Bool("show-suppressed", false, "list suppressed findings in the text report too")
	showUnused := flags.Bool("show-unused-suppressions", false, "report suppression comments that suppress nothing (rule KRT0004)")
	var offline *bool
	if name == "scan" {
		offline = flags.Bool("offline", false, "never use the network: the dependency audit reads the local database only, the license check the package index cache")
	}
	var sel, ign listFlag
	flags.Var(&sel, "select", "check only the `RULES` named (IDs, names, aliases, prefixes, all)")
	flags.Var(&ign, "ignore", "do not check the `RULES` named")
	paths, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if *format != "text" && *format != "json" && *format != "sarif" {
		return a.usageError(flags, "unsupported --format %q (want text, json or sarif)", *format)
	}
	if *jobs < 0 {
		return a.usageError(flags, "--jobs must be 0 or more, not %d", *jobs)
	}
	// The license check of scan asks the package index --jobs packages at
	// a time; 0 leaves the client's default.
	indexJobs := *jobs
	if *jobs == 0 {
		*jobs = runtime.NumCPU()
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if p == "" {
			return a.usageError(flags, "empty path")
		}
	}
	for _, p := range paths {
		if _, err := os.Lstat(p); err != nil {
			fmt.Fprintf(a.stderr, "krait %s: %s: no such file or directory\n", name, p)
			return ExitUsage
		}
	}

	cfg, err := loadConfig(ctx, *cfgPath, paths[0])
	if err != nil {
		if ctx.Err() != nil {
			return a.interrupted(name)
		}
		fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
		return ExitUsage
	}
	all := rules.All()
	// select, ignore and per-file-ignores may name any rule krait reports
	// (the dependency audit's too); rule options only the code rules'.
	if err := cfg.Check(func(s string) bool { return anyRuleMatches(allRules(), s) }, func(n string) bool { return hasRule(all, n) }); err != nil {
		fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
		return ExitUsage
	}
	var enabled []*analysis.Analyzer
	for _, an := range all {
		if cfg.RuleEnabled(&an.Rule) {
			enabled = append(enabled, an)
		}
	}
	if len(sel) > 0 {
		// --select replaces the configuration's choice.
		enabled = all
	}
	// scan also reports the dependency and license rules: its --select and
	// --ignore may name them.
	known := make([]*analysis.Rule, len(all))
	for i, an := range all {
		known[i] = &an.Rule
	}
	var depRules []*analysis.Rule
	if name == "scan" {
		depRules = append(append([]*analysis.Rule(nil), audit.Rules()...), licenseRules()...)
		known = append(known, depRules...)
	}
	analyzers, err := selectAnalyzers(enabled, known, sel, ign)
	if err != nil {
		return a.usageError(flags, "%v", err)
	}
	minSev, err := failOnSeverity(*failOn, cfg.FailOn)
	if err != nil {
		return a.usageError(flags, "--fail-on: %v", err)
	}

	files, problems, err := walk.Files(ctx, paths, walkOptions(cfg))
	if err != nil {
		var nx *walk.NotExistError
		switch {
		case errors.As(err, &nx):
			fmt.Fprintf(a.stderr, "krait %s: %s: no such file or directory\n", name, nx.Path)
			return ExitUsage
		case ctx.Err() != nil:
			return a.interrupted(name)
		}
		fmt.Fprintf(a.stderr, "krait %s: internal error: %v\n", name, err)
		return ExitInternal
	}

	// Create the output file before the long part of the run, so that a
	// wrong -o fails at once.
	w, ok := a.openOutput(name, *output)
	if !ok {
		return ExitUsage
	}
	defer w.close(nil) // closed explicitly below; this covers early returns

	var findings []finding.Finding
	for _, p := range problems {
		findings = append(findings, unreadable(p.Path, p.Dir, p.Err))
	}
	// The taint rules follow calls into the other modules of the files
	// checked.
	project := taint.NewProject(files, readSource, cfg.Taint)
	checker := &analysis.Checker{Analyzers: analyzers, Jobs: *jobs, Parse: a.parse, Options: withTaintOptions(cfg.Rules, analyzers, cfg.Taint, project)}
	names := ruleNames(all)
	var unused []suppress.Unused
	err = checker.Check(ctx, files, readSource, func(r *analysis.Result, readErr error) {
		// Suppressions are applied file by file, so that a file's tree
		// and comments are not kept once its findings are known.
		ff := fileFindings(r, readErr)
		if r.File != nil && len(r.File.Comments) > 0 {
			var u []suppress.Unused
			ff, u = suppress.Apply(ff, map[string][]ast.Comment{r.Path: r.File.Comments}, names)
			unused = append(unused, u...)
		}
		findings = append(findings, ff...)
	})
	if err != nil {
		if ctx.Err() != nil {
			return a.interrupted(name)
		}
		fmt.Fprintf(a.stderr, "krait %s: internal error: %v\n", name, err)
		return ExitInternal
	}
	findings = cfg.Apply(findings)
	nfiles := len(files)
	if name == "scan" && selectsAny(depRules, sel) {
		// The dependency audit (and license check) of the same paths.
		deps, n := a.scanDeps(ctx, paths, cfg, *offline, indexJobs)
		if ctx.Err() != nil {
			return a.interrupted(name)
		}
		findings = append(findings, selectFindings(deps, depRules, sel, ign)...)
		nfiles += n
	}
	if *showUnused {
		for _, u := range unused {
			f := newFinding(ruleUnusedSuppression, u.Path, u.Message())
			f.Line, f.Column = u.Directive.Line, u.Directive.Column
			findings = append(findings, f)
		}
	}
	finding.Sort(findings)
	finding.SetFingerprints(findings)
	rep := &report.Report{Version: a.version, Files: nfiles, Findings: findings}

	switch *format {
	case "json":
		err = jsonreport.Write(w, rep)
	case "sarif":
		metas := make([]*analysis.Rule, 0, len(analyzers))
		for _, an := range analyzers {
			metas = append(metas, &an.Rule)
		}
		if name == "scan" {
			metas = append(metas, audit.Rules()...)
			if cfg.Licenses.Configured() {
				metas = append(metas, licenseRules()...)
			}
		}
		err = sarif.Write(w, findings, metas, sarif.ToolInfo{Version: a.version})
	default:
		err = textreport.Write(w, rep, textreport.Options{Color: a.color(w, *noColor), Quiet: *quiet, ShowSuppressed: *showSuppressed})
	}
	if err = w.close(err); err != nil {
		fmt.Fprintf(a.stderr, "krait %s: %v\n", name, err)
		return ExitInternal
	}
	if finding.AtOrAbove(findings, minSev) > 0 {
		return ExitFindings
	}
	return ExitOK
}

// loadConfig reads the configuration named by --config, or finds it by
// walking up from the first path.
func loadConfig(ctx context.Context, path, start string) (*config.Config, error) {
	if path != "" {
		return config.Load(path)
	}
	return config.Find(ctx, start)
}

// anyRuleMatches reports whether sel names one of rules.
// selectsAny reports whether the selectors sel (none: every rule) select
// one of rules.
func selectsAny(rules []*analysis.Rule, sel []string) bool {
	if len(sel) == 0 {
		return true
	}
	for _, s := range sel {
		if anyRuleMatches(rules, s) {
			return true
		}
	}
	return false
}

// selectFindings returns the findings of fs whose rule (one of rules) the
// selectors sel select (none: every rule) and ign do not name; a finding
// of another rule is kept.
func selectFindings(fs []finding.Finding, rules []*analysis.Rule, sel, ign []string) []finding.Finding {
	if len(sel) == 0 && len(ign) == 0 {
		return fs
	}
	byID := map[string]*analysis.Rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	var kept []finding.Finding
	for _, f := range fs {
		r := byID[f.RuleID]
		if r == nil {
			kept = append(kept, f)
			continue
		}
		keep := selectsAny([]*analysis.Rule{r}, sel)
		for _, s := range ign {
			if r.Matches(s) {
				keep = false
			}
		}
		if keep {
			kept = append(kept, f)
		}
	}
	return kept
}

func anyRuleMatches(rules []*analysis.Rule, sel string) bool {
	for _, r := range rules {
		if r.Matches(sel) {
			return true
		}
	}
	return false
}

func anyMatches(all []*analysis.Analyzer, sel string) bool {
	for _, an := range all {
		if an.Matches(sel) {
			return true
		}
	}
	return false
}

func hasRule(all []*analysis.Analyzer, name string) bool {
	for _, an := range all {
		if strings.EqualFold(an.Name, name) || strings.EqualFold(an.ID, name) {
			return true
		}
	}
	return false
}

// ruleNames maps each rule ID to the other names suppression comments may
// use for it: its kebab-case name and its aliases, and krait's own rules.
func ruleNames(all []*analysis.Analyzer) suppress.Names {
	names := suppress.Names{
		ruleSyntaxError:       {"syntax-error"},
		ruleUnreadable:        {"unreadable-file"},
		ruleInternalError:     {"internal-error"},
		ruleUnusedSuppression: {"unused-suppression"},
	}
	for _, an := range all {
		names[an.ID] = append([]string{an.Name}, an.Aliases...)
	}
	return names
}

// fileFindings returns the findings of one checked file: an unreadable
// file, krait's own failure on it, its first syntax error, and what the
// analyzers reported.
func fileFindings(r *analysis.Result, readErr error) []finding.Finding {
	if readErr != nil {
		return []finding.Finding{unreadable(r.Path, false, readErr)}
	}
	if r.Panic != nil {
		msg := fmt.Sprintf("krait failed on this file: %v (this is a bug in krait; please report it)", r.Panic)
		return []finding.Finding{newFinding(ruleInternalError, r.Path, msg)}
	}
	out := r.Findings
	if r.File != nil && len(r.File.Errors) > 0 {
		// Only the first error: what the parser reports after a syntax
		// error is often a consequence of it, and CPython reports only the
		// first one too.
		e := r.File.Errors[0]
		f := newFinding(ruleSyntaxError, r.Path, e.Kind+": "+e.Msg)
		f.Line = e.Line
		f.Column = e.Col
		f.Snippet = r.ErrorSnippet
		out = append(out, f)
	}
	return out
}

const rulesHelp = `
List krait's rules: ID, name, default severity, aliases (Bandit, Ruff) and a
summary. --format json prints every field of the rules' metadata.
`

// rulesCmd implements `krait rules`.
func (a *app) rulesCmd(_ context.Context, args []string) int {
	flags := newFlagSet("rules", "krait rules [--format text|json]", rulesHelp)
	format := flags.String("format", "text", "output `FORMAT`: text or json")
	pos, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return a.usageError(flags, "unexpected argument %q", pos[0])
	}
	all := allRules()
	switch *format {
	case "json":
		type ruleJSON struct {
			ID         string   `json:"id"`
			Name       string   `json:"name"`
			Aliases    []string `json:"aliases"`
			CWE        []int    `json:"cwe"`
			Severity   string   `json:"severity"`
			Confidence string   `json:"confidence"`
			Summary    string   `json:"summary"`
			Doc        string   `json:"doc"`
		}
		out := make([]ruleJSON, 0, len(all))
		for _, r := range all {
			j := ruleJSON{r.ID, r.Name, r.Aliases, r.CWE, r.Severity.String(), r.Confidence.String(), r.Summary, r.Doc}
			if j.Aliases == nil {
				j.Aliases = []string{} // always a list in JSON
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(a.stderr, "krait rules: %v\n", err)
			return ExitInternal
		}
	case "text":
		for _, r := range all {
			fmt.Fprintf(a.stdout, "%-8s %-45s %-8s %-12s %s\n", r.ID, r.Name, r.Severity, strings.Join(r.Aliases, ","), r.Summary)
		}
	default:
		return a.usageError(flags, "unsupported --format %q (want text or json)", *format)
	}
	return ExitOK
}

const explainHelp = `
Print a rule's metadata and documentation. RULE is its ID (KRT1602), name
(subprocess-popen-with-shell-equals-true) or an alias (B602, S602).
`

// explain implements `krait explain RULE`.
func (a *app) explain(_ context.Context, args []string) int {
	flags := newFlagSet("explain", "krait explain RULE", explainHelp)
	pos, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return a.usageError(flags, "want exactly one RULE")
	}
	q := pos[0]
	for _, r := range allRules() {
		match := strings.EqualFold(r.ID, q) || strings.EqualFold(r.Name, q)
		for _, al := range r.Aliases {
			match = match || strings.EqualFold(al, q)
		}
		if !match {
			continue
		}
		var cwes []string
		for _, c := range r.CWE {
			cwes = append(cwes, fmt.Sprintf("CWE-%d", c))
		}
		fmt.Fprintf(a.stdout, "%s %s\n\n%s\n\nSeverity: %s  Confidence: %s  Aliases: %s  %s\n\n%s\n",
			r.ID, r.Name, r.Summary, r.Severity, r.Confidence, strings.Join(r.Aliases, ", "), strings.Join(cwes, ", "), strings.TrimSpace(r.Doc))
		return ExitOK
	}
	fmt.Fprintf(a.stderr, "krait explain: no rule %q (see 'krait rules')\n", q)
	return ExitUsage
}

// allRules returns the metadata of every rule krait reports: the code
// rules, then those of the dependency audit.
func allRules() []*analysis.Rule {
	var out []*analysis.Rule
	for _, an := range rules.All() {
		out = append(out, &an.Rule)
	}
	out = append(out, audit.Rules()...)
	out = append(out, licenseRules()...)
	for _, r := range malcode.Rules() {
		out = append(out, &r.Rule)
	}
	return out
}

// withTaintOptions returns the rules' options with the project's taint
// models ([tool.krait.taint]) and the project of the run added to the
// options of every taint rule (KRT3xxx), which hand them to the engine;
// opts itself is not changed.
func withTaintOptions(opts map[string]map[string]any, analyzers []*analysis.Analyzer, models *taint.UserModels, project *taint.Project) map[string]map[string]any {
	out := make(map[string]map[string]any, len(opts)+len(analyzers))
	for k, v := range opts {
		out[k] = v
	}
	for _, a := range analyzers {
		if !strings.HasPrefix(a.Rule.ID, "KRT3") {
			continue
		}
		o := make(map[string]any, len(opts[a.Rule.Name])+1)
		for k, v := range opts[a.Rule.Name] {
			o[k] = v
		}
		if models != nil {
			o[taint.ModelsOption] = models
		}
		o[taint.ProjectOption] = project
		out[a.Rule.Name] = o
	}
	return out
}
