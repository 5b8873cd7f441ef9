package pdmlock

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

// summary renders the fields of a package that the fixtures pin down.
func summary(p inventory.Package) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s", p.Line, p.Normalized)
	if p.Name != p.Normalized {
		fmt.Fprintf(&b, " (%s)", p.Name)
	}
	fmt.Fprintf(&b, " v=%s", p.Version)
	if len(p.Specifiers) > 0 {
		fmt.Fprintf(&b, " spec=%s", p.Specifiers)
	}
	if p.Marker != "" {
		fmt.Fprintf(&b, " marker=[%s]", p.Marker)
	}
	if len(p.Extras) > 0 {
		fmt.Fprintf(&b, " extras=%s", strings.Join(p.Extras, ","))
	}
	if p.Direct || p.Group != "" {
		fmt.Fprintf(&b, " direct=%v group=%s", p.Direct, p.Group)
	}
	if p.URL != "" {
		fmt.Fprintf(&b, " url=%s", p.URL)
	}
	if len(p.Hashes) > 0 {
		fmt.Fprintf(&b, " hashes=%d", len(p.Hashes))
	}
	fmt.Fprintf(&b, " %s", p.Source)
	if p.NotAuditable != "" {
		b.WriteString(" not-auditable")
	}
	return b.String()
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file     string
		pkgs     []string
		problems []string
	}{
		{
			file: "pdm.lock",
			pkgs: []string{
				"13 certifi v=2024.2.2 direct=false group=main hashes=2 pypi",
				"24 requests v=2.31.0 extras=socks direct=false group=main hashes=1 pypi",
				"52 pytest (PyTest) v=8.0.1 marker=[python_version >= \"3.11\"] direct=false group=dev hashes=1 pypi",
				"63 mylib v=0.2.0 direct=false group=main url=git+https://github.com/example/mylib.git@4a3c2b1d9e8f vcs not-auditable",
				"72 localpkg v=0.1.0 direct=false group=dev url=./localpkg editable not-auditable",
				"80 remote v=1.0 direct=false group=main url=https://example.com/remote-1.0.tar.gz hashes=1 url not-auditable",
			},
		},
		{
			file: "bad-entries.lock",
			pkgs: []string{"8 six v=1.16.0 direct=false group=main hashes=1 pypi"},
			problems: []string{
				": no [metadata] lock_version",
				":1: package entry without a name",
				":4: package nover has no version",
				`:8: package six: hash "8abb" has no algorithm`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			pkgs, problems, err := Parse(context.Background(), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range pkgs {
				if p.File != path {
					t.Errorf("file %q, want %q", p.File, path)
				}
				got = append(got, summary(p))
			}
			if strings.Join(got, "\n") != strings.Join(tt.pkgs, "\n") {
				t.Errorf("packages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.pkgs, "\n"))
			}
			if len(problems) != len(tt.problems) {
				t.Fatalf("problems %v, want %v", problems, tt.problems)
			}
			for i, p := range problems {
				if !strings.Contains(p.String(), tt.problems[i]) {
					t.Errorf("problem %d = %q, want it to contain %q", i, p, tt.problems[i])
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, name := range []string{"malformed.lock", "missing.lock"} {
		path := filepath.Join("testdata", name)
		_, _, err := Parse(context.Background(), path, Options{})
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err %v, want an error naming the file", name, err)
		}
	}
	_, _, err := Parse(context.Background(), filepath.Join("testdata", "pdm.lock"), Options{MaxFileSize: 10})
	if err == nil {
		t.Error("size limit not enforced")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Parse(ctx, filepath.Join("testdata", "pdm.lock"), Options{}); err == nil {
		t.Error("cancelled context not reported")
	}
}

func TestDependencies(t *testing.T) {
	lock := `[metadata]
groups = ["default"]

[[package]]
name = "flask"
version = "3.0.0"
groups = ["default"]
dependencies = ["Werkzeug>=3.0.0", "Jinja2>=3.1.2; python_version >= \"3.8\"", "not a requirement!"]

[[package]]
name = "jinja2"
version = "3.1.4"
groups = ["default"]
`
	pkgs, _, err := ParseBytes(context.Background(), "pdm.lock", []byte(lock))
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 2 || strings.Join(pkgs[0].Dependencies, ",") != "jinja2,werkzeug" || pkgs[1].Dependencies == nil || len(pkgs[1].Dependencies) != 0 {
		t.Fatalf("dependencies: %q, %q", pkgs[0].Dependencies, pkgs[1].Dependencies)
	}
}
