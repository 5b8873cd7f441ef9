package fix

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/testutil"
)

const (
	hashA = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	hashB = "sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
	hashC = "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"
	hashD = "sha256:dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
	hashE = "sha256:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"
)

// goldenBytes compares got with a golden file; CR bytes are shown as the
// text "<CR>" so that CRLF layouts survive checkouts that convert line
// endings.
func goldenBytes(t *testing.T, path string, got []byte) {
	t.Helper()
	testutil.Golden(t, path, bytes.ReplaceAll(got, []byte("\r"), []byte("<CR>")))
}

func pin(line int, name, from, to string, hashes ...string) Edit {
	return Edit{Line: line, Name: name, From: from, To: to, Hashes: hashes}
}

func TestRewriteRequirements(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		edits []Edit
	}{
		{"simple", "requests==2.19.0\nflask==0.12\n", []Edit{pin(1, "requests", "2.19.0", "2.31.0")}},
		{"comments", "# pinned for prod\nrequests == 2.19.0   # keep in sync with docs\n  # trailing\n", []Edit{pin(2, "requests", "2.19.0", "2.31.0")}},
		{"marker-extras", "requests[socks,security]==2.19.0 ; python_version < \"3.12\" and sys_platform != 'win32'\n", []Edit{pin(1, "Requests", "2.19.0", "2.31.0")}},
		{"arbitrary-equality", "urllib3===1.24.1\n", []Edit{pin(1, "urllib3", "1.24.1", "1.26.18")}},
		{"continuation", "requests \\\n    ==2.19.0 \\\n    ; python_version >= '3'\nflask==2.0\n", []Edit{pin(1, "requests", "2.19.0", "2.31.0")}},
		{"crlf", "django==3.2.1\r\nrequests==2.19.0 # web\r\nflask==2.0\r\n", []Edit{pin(2, "requests", "2.19.0", "2.31.0")}},
		{"tabs", "requests\t==\t2.19.0\t# tabbed\n", []Edit{pin(1, "requests", "2.19.0", "2.31.0")}},
		{"multiple", "Django==3.2.1\nrequests==2.19.0\nurllib3==1.24.1  # via requests\n", []Edit{
			pin(1, "django", "3.2.1", "3.2.25"), pin(3, "urllib3", "1.24.1", "1.26.18")}},
		{"hashes-one-line", "requests==2.19.0 --hash=" + hashA + " --hash=" + hashB + "  # hashed\n", []Edit{
			pin(1, "requests", "2.19.0", "2.31.0", hashC, hashD, hashE)}},
		{"hashes-continuation", "requests==2.19.0 \\\n    --hash=" + hashA + " \\\n    --hash=" + hashB + "\n    # via app\nidna==3.4 \\\n    --hash=" + hashA + "\n", []Edit{
			pin(1, "requests", "2.19.0", "2.31.0", hashC)}},
		{"hashes-continuation-grow", "requests==2.19.0 \\\n\t--hash=" + hashA + "\nidna==3.4\n", []Edit{
			pin(1, "requests", "2.19.0", "2.31.0", hashC, hashD)}},
		{"hashes-crlf", "requests==2.19.0 \\\r\n    --hash=" + hashA + " \\\r\n    --hash=" + hashB + "\r\n", []Edit{
			pin(1, "requests", "2.19.0", "2.31.0", hashC, hashD, hashE)}},
		{"hash-space-form", "requests==2.19.0 --hash " + hashA + "\n", []Edit{pin(1, "requests", "2.19.0", "2.31.0", hashC, hashD)}},
		{"floor", "requests>=2.0,<3 ; python_version>'3'\n", []Edit{{Line: 1, Name: "requests", From: "2.0", To: "2.31.0", Floor: true}}},
		{"parenthesised", "requests (==2.19.0)\n", []Edit{pin(1, "requests", "2.19.0", "2.31.0")}},
		{"bom", "\ufeffrequests==2.19.0\n", []Edit{pin(1, "requests", "2.19.0", "2.31.0")}},
		{"no-final-newline", "flask==2.0\nrequests==2.19.0", []Edit{pin(2, "requests", "2.19.0", "2.31.0")}},
		{"normalised-version", "requests==2.19\n", []Edit{pin(1, "requests", "2.19.0", "2.31.0")}},
		{"constraints-file", "# constraints\n-c other.txt\nrequests==2.19.0\n", []Edit{pin(3, "requests", "2.19.0", "2.31.0")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RewriteRequirements([]byte(tt.in), tt.edits)
			if err != nil {
				t.Fatalf("RewriteRequirements: %v", err)
			}
			goldenBytes(t, filepath.Join("testdata", "requirements", tt.name+".txt"), got)
			if n, m := strings.Count(tt.in, "\r"), bytes.Count(got, []byte("\r")); n > 0 && m < n {
				t.Errorf("line endings changed: %d CR before, %d after", n, m)
			}
			// Idempotent: the new pins are what a second run expects.
			var again []Edit
			for _, e := range tt.edits {
				e.From = e.To
				again = append(again, e)
			}
			got2, err := RewriteRequirements(got, again)
			if err != nil {
				t.Fatalf("second run: %v", err)
			}
			if !bytes.Equal(got, got2) {
				t.Errorf("second run changed the file:\n%s", UnifiedDiff("a", "b", got, got2))
			}
		})
	}
}

func TestRewriteRequirementsRefuses(t *testing.T) {
	tests := []struct {
		name, in string
		edit     Edit
		want     string
	}{
		{"wrong-name", "flask==2.0\n", pin(1, "requests", "2.0", "2.31.0"), "names flask"},
		{"wrong-version", "requests==2.20.0\n", pin(1, "requests", "2.19.0", "2.31.0"), "no ==2.19.0 clause"},
		{"wildcard", "requests==2.19.*\n", pin(1, "requests", "2.19", "2.31.0"), "no ==2.19 clause"},
		{"comment-line", "# requests==2.19.0\n", pin(1, "requests", "2.19.0", "2.31.0"), "no requirement"},
		{"option-line", "-r base.txt\n", pin(1, "requests", "2.19.0", "2.31.0"), "no requirement"},
		{"editable", "-e git+https://x/y#egg=requests\n", pin(1, "requests", "2.19.0", "2.31.0"), "no requirement"},
		{"url", "requests @ https://example.com/requests-2.19.0.tar.gz\n", pin(1, "requests", "2.19.0", "2.31.0"), "direct reference"},
		{"continued-line", "flask==2.0 \\\n  requests==2.19.0\n", pin(2, "requests", "2.19.0", "2.31.0"), "continues line 1"},
		{"past-end", "requests==2.19.0\n", pin(3, "requests", "2.19.0", "2.31.0"), "no such line"},
		{"hashes-unknown", "requests==2.19.0 --hash=" + hashA + "\n", pin(1, "requests", "2.19.0", "2.31.0"), "hashes are not known"},
		{"hashes-interleaved", "requests==2.19.0 --hash=" + hashA + " --global-option=x --hash=" + hashB + "\n", pin(1, "requests", "2.19.0", "2.31.0", hashC), "other options"},
		{"split-version", "requests==2.19\\\n.0\n", pin(1, "requests", "2.19.0", "2.31.0"), "split across"},
		{"bad-target", "requests==2.19.0\n", pin(1, "requests", "2.19.0", "2.31.0 ; evil"), "not a plain version"},
		{"floor-not-pin", "requests>=2.19.0\n", pin(1, "requests", "2.19.0", "2.31.0"), "no ==2.19.0 clause"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RewriteRequirements([]byte(tt.in), []Edit{tt.edit})
			if err == nil {
				t.Fatalf("no error; got %q", got)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestRewriteRequirementsOverlap(t *testing.T) {
	_, err := RewriteRequirements([]byte("requests==2.19.0\n"), []Edit{pin(1, "requests", "2.19.0", "2.31.0"), pin(1, "requests", "2.19.0", "2.32.0")})
	if err == nil || !strings.Contains(err.Error(), "overlap") {
		t.Fatalf("err = %v, want overlap", err)
	}
}
