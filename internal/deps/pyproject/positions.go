package pyproject

import (
	"sort"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// positions maps a key path (keyOf) to the 1-based line where the key, or
// the array element, is written. Array elements use elem(i) as their path
// component.
type positions map[string]int

func keyOf(path []string) string { return strings.Join(path, "\x00") }

func elem(i int) string { return "\x01" + strconv.Itoa(i) }

// scanPositions walks the document with go-toml's position-keeping parser.
// It is called only on documents that decoded without error.
func scanPositions(data []byte) positions {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	lineOf := func(r unstable.Range) int {
		off := int(r.Offset)
		return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
	}
	pos := positions{}
	record := func(path []string, line int) {
		k := keyOf(path)
		if _, ok := pos[k]; !ok && line > 0 {
			pos[k] = line
		}
	}
	var walk func(path []string, v *unstable.Node)
	walk = func(path []string, v *unstable.Node) {
		switch v.Kind {
		case unstable.Array:
			it := v.Children()
			for i := 0; it.Next(); {
				c := it.Node()
				if c.Kind == unstable.Comment {
					continue
				}
				ep := append(path[:len(path):len(path)], elem(i))
				record(ep, nodeLine(c, lineOf))
				walk(ep, c)
				i++
			}
		case unstable.InlineTable:
			it := v.Children()
			for it.Next() {
				kv := it.Node()
				if kv.Kind != unstable.KeyValue {
					continue
				}
				kp, l := keyPath(path, kv, lineOf)
				record(kp, l)
				walk(kp, kv.Value())
			}
		}
	}
	var p unstable.Parser
	p.Reset(data)
	var table []string
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			kp, l := keyPath(nil, e, lineOf)
			table = kp
			record(kp, l)
		case unstable.KeyValue:
			kp, l := keyPath(table, e, lineOf)
			record(kp, l)
			walk(kp, e.Value())
		}
	}
	return pos
}

// keyPath appends the key parts of n (a table header or key-value) to
// prefix, recording the line of every intermediate dotted key.
func keyPath(prefix []string, n *unstable.Node, lineOf func(unstable.Range) int) ([]string, int) {
	kp := append([]string(nil), prefix...)
	line := 0
	it := n.Key()
	for it.Next() {
		k := it.Node()
		kp = append(kp, string(k.Data))
		if line == 0 {
			line = lineOf(k.Raw)
		}
	}
	return kp, line
}

// nodeLine returns the line of a value node: its own range when it has
// one, else the first child's.
func nodeLine(n *unstable.Node, lineOf func(unstable.Range) int) int {
	if n.Raw.Length > 0 {
		return lineOf(n.Raw)
	}
	it := n.Children()
	for it.Next() {
		if l := nodeLine(it.Node(), lineOf); l > 0 {
			return l
		}
	}
	return 0
}
