package fix

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gitRepo makes a repository with one commit of files.
func gitRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	for k, v := range map[string]string{
		"GIT_AUTHOR_NAME": "krait test", "GIT_AUTHOR_EMAIL": "test@example.com",
		"GIT_COMMITTER_NAME": "krait test", "GIT_COMMITTER_EMAIL": "test@example.com",
		"GIT_CONFIG_GLOBAL": os.DevNull, "GIT_CONFIG_NOSYSTEM": "1",
	} {
		t.Setenv(k, v)
	}
	dir := t.TempDir()
	writeFiles(t, dir, files)
	run := func(args ...string) {
		t.Helper()
		if out, err := gitOut(dir, args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q", "-b", "main")
	run("add", ".")
	run("commit", "-q", "-m", "initial")
	return dir
}

func gitOut(dir string, args ...string) (string, error) {
	c := exec.Command("git", args...)
	c.Dir = dir
	out, err := c.CombinedOutput()
	return string(out), err
}

func TestCommitBranch(t *testing.T) {
	dir := gitRepo(t, map[string]string{"requirements.txt": "requests==2.19.0\n", "README": "x\n"})
	ctx := context.Background()
	req := filepath.Join(dir, "requirements.txt")
	if err := os.WriteFile(req, []byte("requests==2.31.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// An unrelated unstaged edit stays out of the commit.
	if err := os.WriteFile(filepath.Join(dir, "README"), []byte("y\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	plan := Plan{Fixes: []Fix{{Package: "requests", File: req, Line: 1, Kind: KindPin, From: "2.19.0", To: "2.31.0", Advisories: []string{"GHSA-j8r2-6x86-q33q"}}}}
	msg := CommitMessage(dir, plan)
	if err := CommitBranch(ctx, dir, "krait/fix-requests", []string{req}, msg); err != nil {
		t.Fatalf("CommitBranch: %v", err)
	}
	head, _ := gitOut(dir, "rev-parse", "--abbrev-ref", "HEAD")
	if strings.TrimSpace(head) != "krait/fix-requests" {
		t.Errorf("HEAD is %q", head)
	}
	log, _ := gitOut(dir, "log", "-1", "--format=%B", "--name-only")
	if !strings.Contains(log, "requests 2.19.0 -> 2.31.0: fixes GHSA-j8r2-6x86-q33q (requirements.txt)") || !strings.Contains(log, "\nrequirements.txt") || strings.Contains(log, "\nREADME") {
		t.Errorf("commit:\n%s", log)
	}
	status, _ := gitOut(dir, "status", "--porcelain")
	if strings.TrimSpace(status) != "M README" {
		t.Errorf("status after commit: %q", status)
	}
	// The branch exists now: a second run refuses.
	if err := CommitBranch(ctx, dir, "krait/fix-requests", []string{req}, msg); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("existing branch: err = %v", err)
	}
}

func TestCommitBranchRefusesStagedChanges(t *testing.T) {
	dir := gitRepo(t, map[string]string{"requirements.txt": "requests==2.19.0\n", "app.py": "print(1)\n"})
	ctx := context.Background()
	if err := os.WriteFile(filepath.Join(dir, "app.py"), []byte("print(2)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := gitOut(dir, "add", "app.py"); err != nil {
		t.Fatal(err, out)
	}
	req := filepath.Join(dir, "requirements.txt")
	err := CommitBranch(ctx, dir, "krait/fix", []string{req}, "msg")
	if err == nil || !strings.Contains(err.Error(), "app.py") {
		t.Fatalf("err = %v, want a refusal naming app.py", err)
	}
	head, _ := gitOut(dir, "rev-parse", "--abbrev-ref", "HEAD")
	if strings.TrimSpace(head) != "main" {
		t.Errorf("HEAD moved to %q after a refusal", head)
	}
	for _, bad := range []string{"", "-x", "a..b"} {
		if err := CommitBranch(ctx, dir, bad, []string{req}, "msg"); err == nil {
			t.Errorf("branch %q accepted", bad)
		}
	}
	if err := CommitBranch(ctx, dir, "ok", []string{"/elsewhere/requirements.txt"}, "msg"); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("outside file: err = %v", err)
	}
}
