package vulndb

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// maxYAMLNodes bounds the nodes one YAML record may expand to, aliases
// included, so a "billion laughs" document fails instead of exhausting
// memory.
const maxYAMLNodes = 200_000

// yamlToJSON converts one OSV record written as YAML (the PyPA
// advisory-database layout) to JSON. Every scalar of the OSV schema is a
// string, so scalars are written as JSON strings with the text as written
// (an unquoted `fixed: 1.10` stays "1.10", not 1.1); only inside the
// free-form database_specific and ecosystem_specific objects do numbers,
// booleans and nulls keep their YAML type.
func yamlToJSON(data []byte) (out []byte, err error) {
	defer func() {
		// The YAML library is third-party code fed hostile input: a panic
		// there must become a skipped record, not a crash.
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("yaml: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return nil, errors.New("yaml: more than one document")
	}
	c := yamlConv{budget: maxYAMLNodes}
	var buf bytes.Buffer
	if err := c.node(&buf, &doc, false, 0); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type yamlConv struct{ budget int }

func (c *yamlConv) node(buf *bytes.Buffer, n *yaml.Node, free bool, depth int) error {
	c.budget--
	if c.budget < 0 {
		return errors.New("yaml: document expands to too many nodes")
	}
	if depth > 100 {
		return errors.New("yaml: document nested too deeply")
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) != 1 {
			return errors.New("yaml: expected one document")
		}
		if n.Content[0].Kind != yaml.MappingNode {
			return errors.New("yaml: record is not a mapping")
		}
		return c.node(buf, n.Content[0], free, depth+1)
	case yaml.AliasNode:
		if n.Alias == nil {
			return errors.New("yaml: dangling alias")
		}
		return c.node(buf, n.Alias, free, depth+1)
	case yaml.MappingNode:
		buf.WriteByte('{')
		seen := make(map[string]bool, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return fmt.Errorf("yaml: line %d: mapping key is not a scalar", k.Line)
			}
			if k.Tag == "!!merge" {
				return fmt.Errorf("yaml: line %d: merge keys are not supported", k.Line)
			}
			if seen[k.Value] {
				return fmt.Errorf("yaml: line %d: duplicate key %q", k.Line, k.Value)
			}
			seen[k.Value] = true
			if i > 0 {
				buf.WriteByte(',')
			}
			writeJSONString(buf, k.Value)
			buf.WriteByte(':')
			childFree := free || k.Value == "database_specific" || k.Value == "ecosystem_specific"
			if err := c.node(buf, v, childFree, depth+1); err != nil {
				return err
			}
		}
		buf.WriteByte('}')
		return nil
	case yaml.SequenceNode:
		buf.WriteByte('[')
		for i, v := range n.Content {
			if i > 0 {
				buf.WriteByte(',')
			}
			if err := c.node(buf, v, free, depth+1); err != nil {
				return err
			}
		}
		buf.WriteByte(']')
		return nil
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			buf.WriteString("null")
			return nil
		case "!!bool":
			if free {
				var b bool
				if err := n.Decode(&b); err == nil {
					buf.WriteString(strconv.FormatBool(b))
					return nil
				}
			}
		case "!!int", "!!float":
			if free && json.Valid([]byte(n.Value)) {
				buf.WriteString(n.Value)
				return nil
			}
		}
		writeJSONString(buf, n.Value)
		return nil
	}
	return fmt.Errorf("yaml: line %d: unexpected node", n.Line)
}

func writeJSONString(buf *bytes.Buffer, s string) {
	b, _ := json.Marshal(s) // marshalling a string cannot fail
	buf.Write(b)
}
