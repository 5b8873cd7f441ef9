package scanner

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/python/token"
)

// tokenizeScript runs CPython's tokenize module over every .py file under
// a root (site-packages excluded) and prints, for each file, its tokens
// (columns in characters), and whether ast.parse accepts it.
// It uses a multiprocessing pool inside the one python3 process.
const tokenizeScript = `
import sys, os, io, tokenize, keyword, ast, multiprocessing, warnings
warnings.simplefilter('ignore')

def files(root):
    out = []
    for dp, dns, fns in os.walk(root):
        dns[:] = sorted(d for d in dns if d != 'site-packages')
        for fn in sorted(fns):
            if fn.endswith('.py'):
                out.append(os.path.join(dp, fn))
    return out

def work(path):
    try:
        src = open(path, 'rb').read()
    except OSError:
        return ''
    try:
        ast.parse(src)
        astres = 'ok'
    except SyntaxError as e:
        astres = 'err %s|%s|%s' % (e.lineno, e.offset, str(e.msg).replace('\n', ' '))
    except Exception as e:
        astres = 'err None|None|%s' % str(e).replace('\n', ' ')
    out = []
    status = 'ok'
    try:
        for t in tokenize.tokenize(io.BytesIO(src).readline):
            ty = t.type
            if ty in (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING):
                continue
            if ty == tokenize.ERRORTOKEN:
                status = 'errtoken'
                break
            if ty == tokenize.OP:
                k = t.string
            elif ty == tokenize.NAME:
                k = t.string if keyword.iskeyword(t.string) else 'NAME'
            elif ty == tokenize.ENDMARKER:
                k = 'EOF'
            else:
                k = tokenize.tok_name[ty]
            (r1, c1), (r2, c2) = t.start, t.end
            out.append(f'{k} {r1} {c1} {r2} {c2}')
    except Exception as e:
        status = 'tokerr'
    return 'F %s %s\nA %s\n%s\nE\n' % (path, status, astres, '\n'.join(out))

if __name__ == '__main__':
    fs = files(sys.argv[1])
    with multiprocessing.Pool() as pool:
        for r in pool.imap(work, fs, chunksize=4):
            sys.stdout.write(r)
    sys.stdout.flush()
`

type pyFile struct {
	path, status, ast string
	toks              []string
}

func python3(t *testing.T) string {
	p, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 is required in CI")
		}
		t.Skip("python3 not found")
	}
	return p
}

// ourTokens renders the tokens of src as tokenizeScript does.
func ourTokens(src []byte) ([]string, []Error, *Error) {
	text, derr := Decode(src)
	s := New(text)
	var out []string
	for i := 0; ; i++ {
		tk := s.Next()
		out = append(out, fmt.Sprintf("%s %d %d %d %d", tk.Kind, tk.Line, tk.Col, tk.EndLine, tk.EndCol))
		if tk.Kind == token.EOF || i > 10_000_000 {
			break
		}
	}
	return out, s.Errors(), derr
}

func TestStdlibDifferential(t *testing.T) {
	py := python3(t)
	if testing.Short() {
		t.Skip("short")
	}
	out, err := exec.Command(py, "-c", `import sysconfig;print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	root := strings.TrimSpace(string(out))
	dir := t.TempDir()
	script := filepath.Join(dir, "tok.py")
	if err := os.WriteFile(script, []byte(tokenizeScript), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	cmd := exec.Command(py, script, root)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	files := make(chan pyFile, 64)
	go func() {
		defer close(files)
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		var f pyFile
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "F "):
				parts := strings.Fields(line)
				f = pyFile{path: strings.Join(parts[1:len(parts)-1], " "), status: parts[len(parts)-1]}
			case strings.HasPrefix(line, "A "):
				f.ast = line[2:]
			case line == "E":
				files <- f
			case line == "":
			default:
				f.toks = append(f.toks, line)
			}
		}
	}()
	compared, mismatches, skipped, nbytes := 0, 0, 0, 0
	var errInfo []string
	for f := range files {
		src, err := os.ReadFile(f.path)
		if err != nil {
			t.Errorf("%s: %v", f.path, err)
			continue
		}
		nbytes += len(src)
		ours, errs, derr := ourTokens(src)
		if f.ast == "ok" && (len(errs) > 0 || derr != nil) {
			mismatches++
			t.Errorf("%s: CPython accepts it but we report %v %v", f.path, derr, errs)
		}
		if f.ast != "ok" {
			first := "none"
			if derr != nil {
				first = fmt.Sprintf("%d|%d|%s", derr.Line, derr.Col+1, derr.Msg)
			} else if len(errs) > 0 {
				e := errs[0]
				for _, x := range errs {
					if x.Line < e.Line || x.Line == e.Line && x.Col < e.Col {
						e = x
					}
				}
				first = fmt.Sprintf("%d|%d|%s", e.Line, e.Col+1, e.Msg)
			}
			errInfo = append(errInfo, fmt.Sprintf("%s\n    CPython: %s\n    ours:    %s", f.path, f.ast, first))
		}
		if f.status != "ok" || bytesContainCR(src) {
			skipped++
			continue
		}
		compared++
		if msg := compareTokens(charColsToBytes(src, f.toks), ours); msg != "" {
			mismatches++
			if mismatches <= 20 {
				t.Errorf("%s: %s", f.path, msg)
			}
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("python3: %v", err)
	}
	sort.Strings(errInfo)
	for _, e := range errInfo {
		t.Logf("file rejected by CPython: %s", e)
	}
	t.Logf("stdlib %s: %d files (%d bytes), %d compared token by token, %d skipped (tokenize errors or CR), %d mismatches, %v",
		root, compared+skipped, nbytes, compared, skipped, mismatches, time.Since(start))
	if compared < 1000 {
		t.Errorf("only %d files compared", compared)
	}
}

// charColsToBytes converts the columns of tokenize's tokens from
// characters to UTF-8 bytes.
func charColsToBytes(src []byte, toks []string) []string {
	text, _ := Decode(src)
	lines := strings.Split(string(text), "\n")
	conv := func(row, col string) string {
		r, _ := strconv.Atoi(row)
		c, _ := strconv.Atoi(col)
		if r < 1 || r > len(lines) || c == 0 {
			return col
		}
		l := lines[r-1]
		n := 0
		for i := range l {
			if n == c {
				return strconv.Itoa(i)
			}
			n++
		}
		if n == c {
			return strconv.Itoa(len(l))
		}
		return strconv.Itoa(len(l) + c - n)
	}
	out := make([]string, len(toks))
	for i, tk := range toks {
		f := strings.Fields(tk)
		if len(f) == 5 {
			f[2], f[4] = conv(f[1], f[2]), conv(f[3], f[4])
		}
		out[i] = strings.Join(f, " ")
	}
	return out
}

func bytesContainCR(b []byte) bool {
	for _, c := range b {
		if c == '\r' {
			return true
		}
	}
	return false
}

// compareTokens compares the tokens of tokenize with ours.
func compareTokens(py, ours []string) string {
	for i := 0; i < len(py) || i < len(ours); i++ {
		var a, b string
		if i < len(py) {
			a = py[i]
		}
		if i < len(ours) {
			b = ours[i]
		}
		if a == b {
			continue
		}
		if fa, fb := strings.Fields(a), strings.Fields(b); len(fa) == 5 && len(fb) == 5 && fa[0] == fb[0] &&
			(fa[0] == "NEWLINE" || fa[0] == "EOF") && fa[1] == fb[1] && fa[2] == fb[2] {
			// the implicit final Newline: tokenize ends it at col+1, as we do;
			// other differences in end positions of NEWLINE do not matter
			if _, err := strconv.Atoi(fa[4]); err == nil {
				continue
			}
		}
		ctx := func(l []string) string {
			lo := i - 3
			if lo < 0 {
				lo = 0
			}
			hi := i + 3
			if hi > len(l) {
				hi = len(l)
			}
			if lo > hi {
				return ""
			}
			return strings.Join(l[lo:hi], " | ")
		}
		return fmt.Sprintf("token %d: tokenize %q, ours %q\n  tokenize: %s\n  ours:     %s", i, a, b, ctx(py), ctx(ours))
	}
	return ""
}
