package fix

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/requirements"
)

func parseReqs(data []byte) ([]inventory.Package, error) {
	pkgs, _, err := requirements.ParseBytes(context.Background(), "requirements.txt", data, requirements.Options{NoFollow: true})
	return pkgs, err
}

// FuzzRewriteRequirements checks that the rewriter never panics, that
// every index pin the reader finds can be rewritten, that the result reads
// back with the new version on the same line and everything else equal,
// and that rewriting back restores the input byte for byte (so nothing but
// the version text changed).
func FuzzRewriteRequirements(f *testing.F) {
	for _, s := range []string{
		"requests==2.19.0\n",
		"requests[socks] == 2.19.0 ; python_version < '3.8'  # c\r\nflask===1.0\r\n",
		"a==1 \\\n  --hash=" + hashA + " \\\n  --hash=" + hashB + "\n",
		"a \\\n==1\n# x\nb>=2,==3 ; os_name=='nt'\n",
		"-r other.txt\n-c c.txt\n-e .\nb==1.0.post1 --hash sha256:" + strings.Repeat("1", 64) + "\n",
		"\ufeffz==0\rq==1\\\r\n",
	} {
		f.Add([]byte(s), 1, "requests", "2.19.0")
	}
	f.Fuzz(func(t *testing.T, data []byte, line int, name, from string) {
		if len(data) > 1<<14 {
			return
		}
		// Arbitrary edits: errors are fine, panics are not.
		_, _ = RewriteRequirements(data, []Edit{{Line: line, Name: name, From: from, To: "1.0", Hashes: []string{hashC}}})
		_, _ = RewriteRequirements(data, []Edit{{Line: line, Name: name, From: from, To: "1.0", Floor: true}})

		pkgs, err := parseReqs(data)
		if err != nil {
			return
		}
		var edits, back []Edit
		exact := true // whether rewriting back must restore the input
		for _, p := range pkgs {
			if p.Source != inventory.SourcePyPI || p.Version == "" || !validVersionText(p.Version) {
				continue
			}
			e := Edit{Line: p.Line, Name: p.Name, From: p.Version, To: "9.8.7"}
			b := Edit{Line: p.Line, Name: p.Name, From: "9.8.7", To: p.Version}
			if len(p.Hashes) > 0 {
				e.Hashes, b.Hashes = []string{hashC}, p.Hashes
				// Quoted or escaped hash values are written back plain.
				exact = exact && !bytes.ContainsAny(data, `'"\#`)
			}
			edits, back = append(edits, e), append(back, b)
		}
		if len(edits) == 0 {
			return
		}
		out, err := RewriteRequirements(data, edits)
		if err != nil {
			if strings.Contains(err.Error(), "more than one clause") || strings.Contains(err.Error(), "split across") || strings.Contains(err.Error(), "overlap") || strings.Contains(err.Error(), "between the --hash") {
				return // refusals by design
			}
			t.Fatalf("rewriting the reader's own pins: %v\ninput: %q", err, data)
		}
		got, err := parseReqs(out)
		if err != nil || len(got) != len(pkgs) {
			t.Fatalf("output reads as %d packages (%v), input %d\ninput:  %q\noutput: %q", len(got), err, len(pkgs), data, out)
		}
		for i, p := range pkgs {
			g := got[i]
			if g.Line != p.Line || g.Name != p.Name || g.Marker != p.Marker || strings.Join(g.Extras, ",") != strings.Join(p.Extras, ",") {
				t.Fatalf("package %d changed: %+v -> %+v\ninput:  %q\noutput: %q", i, p, g, data, out)
			}
			if p.Source == inventory.SourcePyPI && p.Version != "" && validVersionText(p.Version) && g.Version != "9.8.7" {
				t.Fatalf("package %s: version %q after the edit\ninput:  %q\noutput: %q", p.Name, g.Version, data, out)
			}
		}
		if !exact {
			return
		}
		restored, err := RewriteRequirements(out, back)
		if err != nil {
			t.Fatalf("rewriting back: %v\noutput: %q", err, out)
		}
		if !bytes.Equal(restored, data) {
			t.Fatalf("rewriting back does not restore the input\ninput:    %q\noutput:   %q\nrestored: %q", data, out, restored)
		}
	})
}

// FuzzRewritePyproject checks that hostile TOML and edits never panic and
// that a successful edit keeps the document valid TOML.
func FuzzRewritePyproject(f *testing.F) {
	f.Add([]byte(pep621), 5, "requests", "2.19.0", false)
	f.Add([]byte(poetry), 8, "flask", "2.0", true)
	f.Add([]byte("[tool.poetry.dependencies]\nx = {version = \"1\"}\n"), 2, "x", "1", false)
	f.Fuzz(func(t *testing.T, data []byte, line int, name, from string, floor bool) {
		if len(data) > 1<<14 {
			return
		}
		out, err := RewritePyproject(data, []Edit{{Line: line, Name: name, From: from, To: "9.8.7", Floor: floor}})
		if err != nil {
			return
		}
		if _, err := pyprojectEntries(bytes.TrimPrefix(out, []byte("\ufeff"))); err != nil {
			t.Fatalf("edit broke the TOML: %v\ninput:  %q\noutput: %q", err, data, out)
		}
	})
}
