package fix

import (
	"fmt"
	"strings"
)

// diffContext is the number of unchanged lines shown around a change.
const diffContext = 3

// splitKeepEnds splits s into lines, each keeping its "\n" (a "\r\n" line
// keeps both bytes, so CRLF files diff line by line as written).
func splitKeepEnds(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// opKind is an edit-script operation.
type opKind byte

const (
	opEqual  opKind = ' '
	opDelete opKind = '-'
	opInsert opKind = '+'
)

type diffOp struct {
	kind opKind
	a, b int // line index in old (equal, delete) and new (equal, insert)
}

// myers returns a shortest edit script turning a into b (Myers' O(ND)
// algorithm, keeping each round's frontier for the backtrack).
func myers(a, b []string) []diffOp {
	n, m := len(a), len(b)
	max := n + m
	off := max + 1
	v := make([]int, 2*max+3)
	var trace [][]int
	d := 0
outer:
	for ; d <= max; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				break outer
			}
		}
	}
	var ops []diffOp
	x, y := n, m
	for ; d > 0; d-- {
		vp := trace[d]
		k := x - y
		var pk int
		if k == -d || (k != d && vp[off+k-1] < vp[off+k+1]) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := vp[off+pk]
		py := px - pk
		for x > px && y > py {
			x--
			y--
			ops = append(ops, diffOp{opEqual, x, y})
		}
		if x == px {
			y--
			ops = append(ops, diffOp{opInsert, x, y})
		} else {
			x--
			ops = append(ops, diffOp{opDelete, x, y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		ops = append(ops, diffOp{opEqual, x, y})
	}
	for i, j := 0, len(ops)-1; i < j; i, j = i+1, j-1 {
		ops[i], ops[j] = ops[j], ops[i]
	}
	return ops
}

// UnifiedDiff returns the unified diff (3 lines of context) turning old
// into new, with "--- oldName" and "+++ newName" headers; "" when they are
// equal. A last line without a newline is marked as diff marks it.
func UnifiedDiff(oldName, newName string, old, new []byte) string {
	if string(old) == string(new) {
		return ""
	}
	a, b := splitKeepEnds(string(old)), splitKeepEnds(string(new))
	ops := myers(a, b)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	for i := 0; i < len(ops); {
		if ops[i].kind == opEqual {
			i++
			continue
		}
		// A hunk: from diffContext lines before this change to
		// diffContext lines after the last change that is at most
		// 2*diffContext equal lines away from the next.
		start := i - diffContext
		if start < 0 {
			start = 0
		}
		end := i
		for end < len(ops) {
			if ops[end].kind != opEqual {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == opEqual {
				run++
			}
			if run == len(ops) || run-end > 2*diffContext {
				end += min(diffContext, run-end)
				break
			}
			end = run
		}
		writeHunk(&out, ops[start:end], a, b)
		i = end
	}
	return out.String()
}

func writeHunk(out *strings.Builder, ops []diffOp, a, b []string) {
	as, bs := -1, -1
	na, nb := 0, 0
	for _, op := range ops {
		if op.kind != opInsert {
			if as < 0 {
				as = op.a
			}
			na++
		}
		if op.kind != opDelete {
			if bs < 0 {
				bs = op.b
			}
			nb++
		}
	}
	// An empty side starts at the line before the change (diff's
	// convention, 0 at the top of the file).
	if as < 0 {
		as = ops[0].a - 1
		if as < 0 {
			as = -1
		}
	}
	if bs < 0 {
		bs = ops[0].b - 1
		if bs < 0 {
			bs = -1
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(as, na), hunkRange(bs, nb))
	for _, op := range ops {
		line := ""
		if op.kind == opInsert {
			line = b[op.b]
		} else {
			line = a[op.a]
		}
		out.WriteByte(byte(op.kind))
		out.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

func hunkRange(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	if n == 0 {
		return fmt.Sprintf("%d,0", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
