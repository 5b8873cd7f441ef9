package fix

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/pyproject"
)

const pep621 = `[project]
name = "app"
requires-python = ">=3.8"
dependencies = [
    "requests[socks]==2.19.0 ; python_version >= '3.8'",  # http
    'flask>=2.0',
    "urllib3 ===1.24.1",
]

[project.optional-dependencies]
docs = ["sphinx==4.0.0", "jinja2==2.11.2"]

[dependency-groups]
test = [
  "pytest==6.2.0",
  {include-group = "lint"},
]
lint = ["ruff==0.1.0"]
`

const poetry = `[tool.poetry]
name = "app"

[tool.poetry.dependencies]
python = "^3.8"
requests = "2.19.0"  # pinned
django = { version = "==3.2.1", extras = ["bcrypt"] }
flask = "^2.0"
"Jinja2" = {version="2.11.2",optional=true}

[tool.poetry.dependencies.pillow]
version = "8.0.0"

[tool.poetry.group.dev.dependencies]
pytest = "~6.2"
`

func TestRewritePyproject(t *testing.T) {
	tests := []struct {
		name, in string
		edits    []Edit
	}{
		{"pep621", pep621, []Edit{
			pin(5, "requests", "2.19.0", "2.31.0"),
			pin(7, "urllib3", "1.24.1", "1.26.18"),
			pin(11, "jinja2", "2.11.2", "3.1.4"),
			pin(15, "pytest", "6.2.0", "7.2.0"),
			pin(18, "ruff", "0.1.0", "0.1.1"),
		}},
		{"pep621-floor", pep621, []Edit{{Line: 6, Name: "flask", From: "2.0", To: "2.2.5", Floor: true}}},
		{"poetry", poetry, []Edit{
			pin(6, "requests", "2.19.0", "2.31.0"),
			pin(7, "django", "3.2.1", "3.2.25"),
			pin(9, "jinja2", "2.11.2", "3.1.4"),
			pin(11, "pillow", "8.0.0", "10.3.0"),
			{Line: 15, Name: "pytest", From: "6.2", To: "7.2.0", Floor: true},
		}},
		{"poetry-caret", poetry, []Edit{{Line: 8, Name: "flask", From: "2.0", To: "2.2.5", Floor: true}}},
		{"bom", "\ufeff" + pep621, []Edit{pin(7, "urllib3", "1.24.1", "1.26.18")}},
		{"crlf", strings.ReplaceAll(pep621, "\n", "\r\n"), []Edit{pin(5, "requests", "2.19.0", "2.31.0")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RewritePyproject([]byte(tt.in), tt.edits)
			if err != nil {
				t.Fatalf("RewritePyproject: %v", err)
			}
			goldenBytes(t, filepath.Join("testdata", "pyproject", tt.name+".toml"), got)
			// The result still reads, with the new versions at the same lines.
			pkgs, probs, err := pyproject.ParseBytes(context.Background(), "pyproject.toml", got, pyproject.Options{})
			if err != nil || len(probs) > 0 {
				t.Fatalf("reparse: %v %v", err, probs)
			}
			for _, e := range tt.edits {
				found := false
				for _, p := range pkgs {
					if p.Line == e.Line && strings.EqualFold(p.Normalized, e.Name) {
						for _, sp := range p.Specifiers {
							if sp.Text == e.To {
								found = true
							}
						}
					}
				}
				if !found {
					t.Errorf("after the edit, line %d has no %s %s", e.Line, e.Name, e.To)
				}
			}
			var again []Edit
			for _, e := range tt.edits {
				e.From = e.To
				again = append(again, e)
			}
			got2, err := RewritePyproject(got, again)
			if err != nil {
				t.Fatalf("second run: %v", err)
			}
			if !bytes.Equal(got, got2) {
				t.Errorf("second run changed the file")
			}
		})
	}
}

func TestRewritePyprojectRefuses(t *testing.T) {
	tests := []struct {
		name, in string
		edit     Edit
		want     string
	}{
		{"wrong-line", pep621, pin(4, "requests", "2.19.0", "2.31.0"), "no dependency declaration"},
		{"wrong-name", pep621, pin(5, "flask", "2.19.0", "2.31.0"), "names requests"},
		{"wrong-version", pep621, pin(5, "requests", "2.18.0", "2.31.0"), "no ==2.18.0 clause"},
		{"not-a-dependency", pep621, pin(2, "app", "1", "2"), "no dependency declaration"},
		{"poetry-range", "[tool.poetry.dependencies]\nrequests = \">=2.0,<3\"\n", Edit{Line: 2, Name: "requests", From: "2.0", To: "2.31.0", Floor: true}, "not a single clause"},
		{"poetry-pin-vs-floor", poetry, pin(8, "flask", "2.0", "2.2.5"), "is not a pin"},
		{"escaped", "[project]\ndependencies = [\"requests==2.19.\\u0030\"]\n", pin(2, "requests", "2.19.0", "2.31.0"), "escapes"},
		{"invalid-toml", "[project\n", pin(1, "requests", "2.19.0", "2.31.0"), "invalid TOML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RewritePyproject([]byte(tt.in), []Edit{tt.edit})
			if err == nil {
				t.Fatalf("no error; got\n%s", got)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}
