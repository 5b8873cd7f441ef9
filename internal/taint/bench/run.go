package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/krait-dev/krait/internal/cli"
)

// DefaultSelect is the rule selection the benchmark scores: krait's taint
// rules.
const DefaultSelect = "KRT3"

// Run scans root in process, as `krait code --format json --select SEL
// ROOT` would, and returns the findings keyed as Score wants them. When the
// selection matches no rule it returns ErrNoTaintRules.
func Run(ctx context.Context, root, sel string) (map[string][]Finding, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	var stdout, stderr bytes.Buffer
	args := []string{"code", "--format", "json", "--select", sel, abs}
	code := cli.Run(ctx, args, strings.NewReader(""), &stdout, &stderr)
	if code == 2 && strings.Contains(stderr.String(), "no rule matches") {
		return nil, fmt.Errorf("%w %q: %s", ErrNoTaintRules, sel, strings.TrimSpace(stderr.String()))
	}
	if code != 0 && code != 1 {
		return nil, fmt.Errorf("krait %s: exit code %d: %s", strings.Join(args, " "), code, strings.TrimSpace(stderr.String()))
	}
	var report struct {
		Findings []Finding `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		return nil, fmt.Errorf("reading krait's JSON report: %v", err)
	}
	return GroupFindings(abs, report.Findings), nil
}
