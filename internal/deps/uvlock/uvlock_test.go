package uvlock

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
	if p.Direct {
		fmt.Fprintf(&b, " direct=%s", p.Group)
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
			file: "uv.lock",
			pkgs: []string{
				"4 certifi v=2024.2.2 hashes=2 pypi",
				"13 flask (Flask) v=3.0.2 direct=main hashes=1 pypi",
				"44 mylib v=0.2.0 direct=main url=https://github.com/example/mylib?rev=v0.2.0#4a3c2b1d vcs not-auditable",
				"49 pytest v=8.0.1 direct=dev hashes=1 pypi",
				"57 boto3 v=1.34.51 direct=s3 url=https://example.com/boto3-1.34.51.tar.gz hashes=1 url not-auditable",
				"63 requests v=2.31.0 direct=main url=vendor/requests-2.31.0-py3-none-any.whl hashes=1 path not-auditable",
				"71 werkzeug v=3.0.1 hashes=1 pypi",
			},
		},
		{
			file: "workspace.lock",
			pkgs: []string{"12 anyio v=4.3.0 direct=main pypi"},
		},
		{
			file: "crlf.lock",
			pkgs: []string{"11 six v=1.16.0 pypi"},
			problems: []string{
				":3: package entry without a name",
				":7: package idna has no version",
			},
		},
		{
			file: "bad-entries.lock",
			pkgs: []string{"11 six v=1.16.0 pypi"},
			problems: []string{
				":3: package entry without a name",
				":7: package idna has no version",
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
	_, _, err := Parse(context.Background(), filepath.Join("testdata", "uv.lock"), Options{MaxFileSize: 10})
	if err == nil {
		t.Error("size limit not enforced")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Parse(ctx, filepath.Join("testdata", "uv.lock"), Options{}); err == nil {
		t.Error("cancelled context not reported")
	}
}

func TestDependencies(t *testing.T) {
	lock := `version = 1

[[package]]
name = "Flask"
version = "3.0.0"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "Werkzeug" }, { name = "jinja2" }, { name = "werkzeug", marker = "python_version < '3.9'" }]

[[package]]
name = "jinja2"
version = "3.1.4"
source = { registry = "https://pypi.org/simple" }
`
	pkgs, _, err := ParseBytes(context.Background(), "uv.lock", []byte(lock))
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 2 || strings.Join(pkgs[0].Dependencies, ",") != "jinja2,werkzeug" || pkgs[1].Dependencies == nil || len(pkgs[1].Dependencies) != 0 {
		t.Fatalf("dependencies: %q, %q", pkgs[0].Dependencies, pkgs[1].Dependencies)
	}
}
