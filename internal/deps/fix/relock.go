package fix

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// RelockCommand returns the command that moves package name to version
// in the lock file lockFile, to run in the lock file's directory, or nil
// and a note when no single command does it.
//
//	uv.lock       uv lock --upgrade-package NAME==VERSION
//	poetry.lock   poetry update NAME
//	pdm.lock      pdm update NAME
//	Pipfile.lock  pipenv update NAME
//
// Poetry, PDM and Pipenv resolve within the manifest's constraints, so the
// manifest must allow VERSION: MakePlan rewrites a manifest pin of the
// same package in the same plan, and reports a manifest range that
// excludes VERSION as the reason it cannot fix.
func RelockCommand(lockFile, name, version string) (cmd []string, note string) {
	switch FileKind(lockFile) {
	case "uv":
		return []string{"uv", "lock", "--upgrade-package", name + "==" + version}, ""
	case "poetry":
		return []string{"poetry", "update", name}, ""
	case "pdm":
		return []string{"pdm", "update", name}, ""
	case "pipenv":
		return []string{"pipenv", "update", name}, ""
	case "pylock":
		return nil, fmt.Sprintf("%s is exported by another tool (pip lock, uv export, pdm export); export it again once %s is at %s", filepath.Base(lockFile), name, version)
	}
	return nil, ""
}

// Relocks returns the distinct relock commands of plan with the directory
// each runs in, in plan order.
func Relocks(plan Plan) []RelockStep {
	var out []RelockStep
	seen := map[string]bool{}
	for _, f := range plan.Fixes {
		if f.Kind != KindRelock || !f.Fixable() || len(f.Command) == 0 {
			continue
		}
		dir := filepath.Dir(f.File)
		key := dir + "\x00" + strings.Join(f.Command, "\x00")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, RelockStep{Dir: dir, Command: f.Command})
	}
	return out
}

// RelockStep is one lock tool command and the directory it runs in.
type RelockStep struct {
	Dir     string
	Command []string
}

// ErrToolMissing is returned (wrapped) by Relock when the lock tool is not
// on PATH.
var ErrToolMissing = errors.New("lock tool not found on PATH")

// Relock runs cmd in dir when its program is found on PATH, and returns
// its combined output. A missing tool is an error wrapping ErrToolMissing
// whose message gives the command to run by hand.
func Relock(ctx context.Context, dir string, cmd []string) ([]byte, error) {
	if len(cmd) == 0 {
		return nil, errors.New("relock: empty command")
	}
	prog, err := exec.LookPath(cmd[0])
	if err != nil {
		return nil, fmt.Errorf("%w: %s is not installed; run `%s` in %s yourself", ErrToolMissing, cmd[0], strings.Join(cmd, " "), dir)
	}
	c := exec.CommandContext(ctx, prog, cmd[1:]...)
	c.Dir = dir
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	if err := c.Run(); err != nil {
		return out.Bytes(), fmt.Errorf("`%s` in %s: %w\n%s", strings.Join(cmd, " "), dir, err, tail(out.String(), 2000))
	}
	return out.Bytes(), nil
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}
