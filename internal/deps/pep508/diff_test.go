package pep508

import (
	"math/rand"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/internal/pyref"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

const refScript = `
import json, sys, re
from pip._vendor.packaging.markers import Marker, InvalidMarker, UndefinedComparison, UndefinedEnvironmentName
from pip._vendor.packaging.requirements import Requirement, InvalidRequirement
from pip._vendor.packaging.specifiers import LegacySpecifier
from pip._vendor.packaging.utils import canonicalize_name
inp = json.load(sys.stdin)
out = {"markers": [], "reqs": [], "names": []}
envs = inp["envs"]
for s in inp["markers"]:
    try:
        m = Marker(s)
    except InvalidMarker:
        out["markers"].append({"ok": False, "results": []})
        continue
    res = []
    for e in envs:
        try:
            res.append("true" if m.evaluate(e) else "false")
        except (UndefinedComparison, UndefinedEnvironmentName):
            res.append("error")
    out["markers"].append({"ok": True, "results": res})
for s in inp["reqs"]:
    try:
        r = Requirement(s)
    except InvalidRequirement:
        out["reqs"].append({"ok": False})
        continue
    except ValueError:  # packaging 21 lets urlparse's ValueError escape
        out["reqs"].append({"ok": False, "crash": True})
        continue
    legacy = any(isinstance(x, LegacySpecifier) for x in r.specifier._specs)
    out["reqs"].append({"ok": True, "name": r.name, "extras": sorted(r.extras), "url": r.url or "",
        "spec": sorted(str(x) for x in r.specifier._specs), "legacy": legacy,
        "marker": r.marker is not None})
for s in inp["names"]:
    out["names"].append({"norm": canonicalize_name(s),
        "valid": re.match(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", s, re.IGNORECASE) is not None})
json.dump(out, sys.stdout)
`

type refMarker struct {
	OK      bool
	Results []string
}

type refReq struct {
	OK     bool
	Name   string
	Extras []string
	URL    string
	Spec   []string
	Legacy bool
	Marker bool
	Crash  bool
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }

func testEnvs() []Environment {
	var envs []Environment
	for _, py := range []string{"2.7", "3.6", "3.8", "3.10", "3.12.4", "3.13"} {
		for _, plat := range []string{"linux", "darwin", "win32"} {
			e, err := NewEnvironment(py, plat)
			if err != nil {
				panic(err)
			}
			e.Extra = []string{"", "test", "foo-bar"}[len(envs)%3]
			e.PlatformRelease = []string{"5.15.0", "5.15.0-1034-azure", "22.1.0", "10"}[len(envs)%4]
			e.PlatformVersion = "#1 SMP"
			envs = append(envs, e)
		}
	}
	envs[4].ImplementationName, envs[4].PlatformPythonImplementation = "pypy", "PyPy"
	envs[4].ImplementationVersion = "7.3.11"
	return envs
}

func envDict(e Environment) map[string]string {
	d := map[string]string{}
	for _, k := range []string{"python_version", "python_full_version", "os_name", "sys_platform",
		"platform_system", "platform_machine", "platform_release", "platform_version",
		"platform_python_implementation", "implementation_name", "implementation_version", "extra"} {
		d[k], _ = e.Lookup(k)
	}
	return d
}

var markerVars = []string{"python_version", "python_full_version", "os_name", "sys_platform",
	"platform_system", "platform_machine", "platform_release", "platform_version",
	"platform_python_implementation", "implementation_name", "implementation_version", "extra",
	"os.name", "sys.platform", "platform.machine", "python_implementation", "platform.python_implementation"}

var markerValues = []string{"3.8", "3.10", "3", "2.7", "3.12.4", "3.13.0", "3.8.*", "posix", "nt", "linux",
	"darwin", "win32", "Linux", "Windows", "x86_64", "arm64", "AMD64", "CPython", "cpython", "pypy", "PyPy",
	"test", "foo-bar", "", "5.15", "22", "7.3", "3.1", "3.8 3.9 3.10", "cpython pypy", "a b", "1.0a1",
	"3.13.0rc1", "01.2", "v3.8", "3.8, 3.9"}

var markerOps = []string{"==", "!=", "<", "<=", ">", ">=", "~=", "===", "in", "not in"}

func genCompare(r *rand.Rand) string {
	q := pick(r, []string{`"`, `'`})
	val := q + pick(r, markerValues) + q
	v := pick(r, markerVars)
	sp := func() string { return pick(r, []string{" ", "", "  ", "\t"}) }
	op := pick(r, markerOps)
	if op == "in" || op == "not in" || strings.HasSuffix(val[:len(val)-1], "") && false {
		sp = func() string { return " " }
	}
	if r.Intn(5) == 0 {
		return val + sp() + op + sp() + v
	}
	return v + sp() + op + sp() + val
}

func genMarker(r *rand.Rand, depth int) string {
	if depth > 2 || r.Intn(3) == 0 {
		return genCompare(r)
	}
	a, b := genMarker(r, depth+1), genMarker(r, depth+1)
	s := a + " " + pick(r, []string{"and", "or"}) + " " + b
	if r.Intn(3) == 0 {
		s = "(" + pick(r, []string{"", " "}) + s + pick(r, []string{"", " "}) + ")"
	}
	return s
}

func mutate(r *rand.Rand, s string) string {
	const alphabet = `()"' =<>!~[],;@._-andorinotx1`
	b := []byte(s)
	for k := 1 + r.Intn(2); k > 0; k-- {
		i := r.Intn(len(b) + 1)
		c := alphabet[r.Intn(len(alphabet))]
		switch r.Intn(3) {
		case 0:
			b = append(b[:i], append([]byte{c}, b[i:]...)...)
		case 1:
			if i < len(b) {
				b = append(b[:i], b[i+1:]...)
			}
		default:
			if i < len(b) {
				b[i] = c
			}
		}
	}
	return string(b)
}

var reqNames = []string{"requests", "Flask", "zope.interface", "foo_bar", "foo-bar", "A", "a1", "ruamel.yaml",
	"-bad", "bad-", "x..y", "_x"}

func genRequirement(r *rand.Rand) string {
	var b strings.Builder
	sp := func() string { return pick(r, []string{"", " ", "", "  "}) }
	b.WriteString(sp() + pick(r, reqNames) + sp())
	if r.Intn(3) == 0 {
		b.WriteString("[" + sp())
		for i, n := 0, r.Intn(3); i < n; i++ {
			if i > 0 {
				b.WriteString(sp() + "," + sp())
			}
			b.WriteString(pick(r, []string{"security", "socks", "test", "dev_tools", "a.b"}))
		}
		b.WriteString(sp() + "]" + sp())
	}
	if r.Intn(5) == 0 {
		b.WriteString("@" + sp() + pick(r, []string{"https://example.com/pkg-1.0.tar.gz",
			"git+https://github.com/a/b.git@v1.0#egg=b", "file:///tmp/pkg.whl", "https://example.com/x.whl#sha256=ab"}))
		if r.Intn(2) == 0 {
			b.WriteString(" ; " + genMarker(r, 1))
		}
		return b.String()
	}
	specs := []string{">=2.0", "==1.0.*", "~=1.4.2", "!=1.5", "<3", "===1.0", ">= 2.8.1", "== 2.8.*", "==1.0+local", ">1.0a1"}
	if n := r.Intn(3); n > 0 {
		var parts []string
		for i := 0; i < n; i++ {
			parts = append(parts, pick(r, specs))
		}
		s := strings.Join(parts, sp()+","+sp())
		if r.Intn(4) == 0 {
			s = "(" + s + ")"
		}
		b.WriteString(s)
	}
	if r.Intn(3) == 0 {
		b.WriteString(sp() + ";" + sp() + genMarker(r, 1))
	}
	return b.String()
}

func TestDifferentialPackaging(t *testing.T) {
	r := rand.New(rand.NewSource(508))
	envs := testEnvs()
	var dicts []map[string]string
	for _, e := range envs {
		dicts = append(dicts, envDict(e))
	}
	var markers []string
	for i := 0; i < 1000; i++ {
		markers = append(markers, genMarker(r, 0))
	}
	for i := 0; i < 300; i++ {
		markers = append(markers, mutate(r, pick(r, markers)))
	}
	markers = append(markers, "", "python_version", `python_version >= "3.8" and`, `(python_version == "3.8"`,
		`python_version not  in "3.8"`, `os_name == "nt"andsys_platform=="x"`, `"3.8" == "3.8"`, `"a" == "python_version"`,
		`extra == "test"`, `python_version ~= "posix"`, `os_name === "a b"`, `python_version<"3.10"or os_name=="nt"`)
	var reqs []string
	for i := 0; i < 1500; i++ {
		reqs = append(reqs, genRequirement(r))
	}
	for i := 0; i < 500; i++ {
		reqs = append(reqs, mutate(r, pick(r, reqs)))
	}
	reqs = append(reqs, "", "name", "name[]", "name[ ]", "name[a,]", "name>=1.0,", "name (>=1.0)", "name ()",
		"name @ https://x/y;python_version>'3'", "name@https://x/y ;os_name=='nt'", "name==foo", "name >= 1.0 , < 2",
		"name ; ", "name[a] @ file:///x", "name 1.0", "name>=1.0 extra", "name==1.0a1; python_version >= '3.8'")
	var names []string
	for i := 0; i < 500; i++ {
		names = append(names, mutate(r, pick(r, reqNames)))
	}
	names = append(names, "Foo__Bar", "foo---bar", "F.o.O", "", "-", "a", "ÄB", "a_-_b")

	var ref struct {
		Markers []refMarker
		Reqs    []refReq
		Names   []struct {
			Norm  string
			Valid bool
		}
	}
	pkgVersion := pyref.Run(t, refScript, map[string]any{"envs": dicts, "markers": markers, "reqs": reqs, "names": names}, &ref)

	mismatches, evals := 0, 0
	known := map[string]int{}
	report := func(format string, args ...any) {
		mismatches++
		if mismatches <= 40 {
			t.Errorf(format, args...)
		}
	}
	for i, s := range markers {
		want := ref.Markers[i]
		m, err := ParseMarker(s)
		if (err == nil) != want.OK {
			if knownMarkerSyntax(s) {
				known["marker syntax (word boundaries, not  in)"]++
				continue
			}
			report("ParseMarker(%q): err=%v, packaging ok=%v", s, err, want.OK)
			continue
		}
		if err != nil {
			continue
		}
		for k, e := range envs {
			evals++
			ok, err := m.Evaluate(e)
			got := map[bool]string{true: "true", false: "false"}[ok]
			if err != nil {
				got = "error"
			}
			if got != want.Results[k] {
				if knownMarkerEval(s, e) {
					if testing.Verbose() && known["marker evaluation (extra normalisation, ~= on unnormalised text)"]%40 == 0 {
						t.Logf("known difference: %q with extra=%q: %s, packaging %s", s, e.Extra, got, want.Results[k])
					}
					known["marker evaluation (extra normalisation, ~= on unnormalised text)"]++
					continue
				}
				report("ParseMarker(%q).Evaluate(%+v) = %s, packaging %s", s, e, got, want.Results[k])
			}
		}
		// The normal form must parse to the same marker.
		if m2, err := ParseMarker(m.String()); err != nil || m2.String() != m.String() {
			report("marker %q: normal form %q does not round-trip: %v", s, m.String(), err)
		}
	}
	for i, s := range reqs {
		want := ref.Reqs[i]
		req, err := ParseRequirement(s)
		if (err == nil) != want.OK {
			switch {
			case want.Legacy:
				known["requirement with a LegacySpecifier"]++
				continue
			case want.Crash:
				known["requirement URL crashing urlparse"]++
				continue
			case knownReqSyntax(s):
				known["requirement syntax (=== swallowing, marker syntax)"]++
				continue
			}
			report("ParseRequirement(%q): err=%v, packaging ok=%v", s, err, want.OK)
			continue
		}
		if err != nil {
			continue
		}
		extras := append([]string{}, req.Extras...)
		sort.Strings(extras)
		var specs []string
		for _, sp := range req.Specifiers {
			specs = append(specs, sp.String())
		}
		sort.Strings(specs)
		specs = dedupe(specs) // packaging keeps a set of specifiers
		got := refReq{OK: true, Name: req.Name, Extras: extras, URL: req.URL, Spec: specs, Marker: req.Marker != nil}
		if got.Extras == nil {
			got.Extras = []string{}
		}
		if want.Extras == nil {
			want.Extras = []string{}
		}
		if strings.Join(got.Extras, ",") != strings.Join(want.Extras, ",") || got.Name != want.Name ||
			got.URL != want.URL || strings.Join(got.Spec, ",") != strings.Join(want.Spec, ",") || got.Marker != want.Marker {
			report("ParseRequirement(%q) = %+v, packaging %+v", s, got, want)
		}
	}
	for i, s := range names {
		if got := pep503.Normalize(s); got != ref.Names[i].Norm {
			report("Normalize(%q) = %q, packaging %q", s, got, ref.Names[i].Norm)
		}
		if got := pep503.Valid(s); got != ref.Names[i].Valid {
			report("Valid(%q) = %v, spec regexp %v", s, got, ref.Names[i].Valid)
		}
	}
	t.Logf("packaging %s: %d vectors (%d markers × %d environments = %d evaluations, %d requirements, %d names); %d mismatches; known packaging-21 differences: %v",
		pkgVersion, len(markers)+evals+len(reqs)+len(names), len(markers), len(envs), evals, len(reqs), len(names), mismatches, known)
}

var (
	quotedRE   = regexp.MustCompile(`"[^"]*"|'[^']*'`)
	glueWordRE = regexp.MustCompile(`(^|[\s("])(in|or|and)[A-Za-z0-9_]|[A-Za-z0-9_.](in|or|and)([\s(]|$)`)
)

// knownMarkerSyntax: packaging 21 only accepts "not in" with exactly one
// space, and needs no word boundary around "in", "and" and "or" (so
// "os_name inextra" parses); packaging 22 and later, like this package,
// accept any whitespace in "not in" and require word boundaries.
func knownMarkerSyntax(s string) bool {
	if strings.Contains(s, "not  in") || strings.Contains(s, "not\tin") {
		return true
	}
	return glueWordRE.MatchString(quotedRE.ReplaceAllString(s, "\"\""))
}

// knownMarkerEval: packaging 22 and later compare "extra" values after
// name normalisation and admit pre-releases in marker version comparisons.
// Packaging 21 also builds the "~=" prefix from the version as written, so
// "~=v3.8" or "~=01.2" never match.
func knownMarkerEval(s string, e Environment) bool {
	return strings.Contains(s, "extra") ||
		strings.Contains(s, "~=") && (strings.Contains(s, "v3.8") || strings.Contains(s, "01.2"))
}

func dedupe(sorted []string) []string {
	var out []string
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// knownReqSyntax: cases where packaging 21's pyparsing grammar and current
// packaging disagree: packaging 21 lets "===" swallow everything up to the
// next whitespace (so "(===1.0)" or "===1.0;" fail), and does not require a
// word boundary after "and"/"or".
func knownReqSyntax(s string) bool {
	return knownMarkerSyntax(s) || strings.Contains(s, "===")
}
