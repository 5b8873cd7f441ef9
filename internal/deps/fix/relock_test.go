package fix

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestRelockCommand(t *testing.T) {
	tests := []struct {
		file, want, note string
	}{
		{"proj/uv.lock", "uv lock --upgrade-package requests==2.31.0", ""},
		{"poetry.lock", "poetry update requests", ""},
		{"pdm.lock", "pdm update requests", ""},
		{"Pipfile.lock", "pipenv update requests", ""},
		{"pylock.toml", "", "export it again"},
		{"pylock.dev.toml", "", "export it again"},
		{"requirements.txt", "", ""},
	}
	for _, tt := range tests {
		cmd, note := RelockCommand(tt.file, "requests", "2.31.0")
		if got := strings.Join(cmd, " "); got != tt.want {
			t.Errorf("%s: command %q, want %q", tt.file, got, tt.want)
		}
		if !strings.Contains(note, tt.note) || (tt.note == "" && note != "") {
			t.Errorf("%s: note %q, want %q", tt.file, note, tt.note)
		}
	}
}

func TestRelocksDeduplicates(t *testing.T) {
	cmd := []string{"uv", "lock", "--upgrade-package", "idna==3.7"}
	plan := Plan{Fixes: []Fix{
		{Package: "idna", File: "p/uv.lock", Kind: KindRelock, From: "3.4", To: "3.7", Command: cmd},
		{Package: "idna", File: "p/uv.lock", Kind: KindRelock, From: "3.3", To: "3.7", Command: cmd},
		{Package: "x", File: "p/uv.lock", Kind: KindRelock, From: "1", Reason: "blocked"},
		{Package: "y", File: "p/requirements.txt", Kind: KindPin, From: "1", To: "2"},
	}}
	got := Relocks(plan)
	if len(got) != 1 || got[0].Dir != "p" || strings.Join(got[0].Command, " ") != strings.Join(cmd, " ") {
		t.Fatalf("Relocks = %+v", got)
	}
}

func TestRelock(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses a shell script as the fake lock tool")
	}
	bin := t.TempDir()
	work := t.TempDir()
	script := "#!/bin/sh\necho \"$@\" > args.txt\necho relocked\n"
	if err := os.WriteFile(filepath.Join(bin, "uv"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	out, err := Relock(context.Background(), work, []string{"uv", "lock", "--upgrade-package", "idna==3.7"})
	if err != nil {
		t.Fatalf("Relock: %v", err)
	}
	if strings.TrimSpace(string(out)) != "relocked" {
		t.Errorf("output %q", out)
	}
	args, err := os.ReadFile(filepath.Join(work, "args.txt"))
	if err != nil || strings.TrimSpace(string(args)) != "lock --upgrade-package idna==3.7" {
		t.Errorf("tool ran with %q (%v)", args, err)
	}

	_, err = Relock(context.Background(), work, []string{"poetry", "update", "idna"})
	if !errors.Is(err, ErrToolMissing) || !strings.Contains(err.Error(), "run `poetry update idna` in "+work+" yourself") {
		t.Errorf("missing tool: err = %v", err)
	}

	if err := os.WriteFile(filepath.Join(bin, "pdm"), []byte("#!/bin/sh\necho resolution failed >&2\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = Relock(context.Background(), work, []string{"pdm", "update", "idna"})
	if err == nil || !strings.Contains(err.Error(), "resolution failed") {
		t.Errorf("failing tool: err = %v", err)
	}
}
