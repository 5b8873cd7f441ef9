// Package pyref runs a Python script against pip's vendored packaging
// library for differential tests. It is test support only.
package pyref

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// prelude checks that pip's vendored packaging is importable (exit status
// 3 otherwise) and reports its version on stderr.
const prelude = `
import sys
try:
    import pip._vendor.packaging as _pyref_packaging
except ImportError as e:
    print("pyref: %s" % e, file=sys.stderr)
    sys.exit(3)
print("PYREF-VERSION " + _pyref_packaging.__version__, file=sys.stderr)
`

// Run starts one python3 process running script, writes input to it as
// JSON on stdin and decodes its stdout JSON into output. It returns the
// version of the vendored packaging. It skips the test when python3 or
// pip's vendored packaging is missing, and fails instead when the
// environment variable CI is "true".
func Run(t testing.TB, script string, input, output any) string {
	t.Helper()
	unavailable := func(err error, detail string) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3 with pip's vendored packaging is required in CI: %v %s", err, detail)
		}
		t.Skipf("skipping differential test: python3 with pip's vendored packaging unavailable: %v %s", err, detail)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		unavailable(err, "")
	}
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatalf("encode vectors: %v", err)
	}
	cmd := exec.Command(py, "-c", prelude+script)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 3 {
		unavailable(err, stderr.String())
	}
	if err != nil {
		t.Fatalf("python3 reference: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(out, output); err != nil {
		t.Fatalf("decode reference output: %v", err)
	}
	_, version, _ := strings.Cut(stderr.String(), "PYREF-VERSION ")
	version, _, _ = strings.Cut(version, "\n")
	return version
}
