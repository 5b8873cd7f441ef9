package analysis

// StringsOption returns the rule option name as a list of strings (a
// single string counts as a list of one), and whether it is set to one;
// values of other types are ignored.
func (p *Pass) StringsOption(name string) ([]string, bool) {
	switch v := p.Options[name].(type) {
	case string:
		return []string{v}, true
	case []string:
		return v, true
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out, true
	}
	return nil, false
}

// IntOption returns the integer rule option name, or def when it is absent
// or not a whole number.
func (p *Pass) IntOption(name string, def int64) int64 {
	switch v := p.Options[name].(type) {
	case int:
		return int64(v)
	case int64:
		return v
	case float64:
		if v == float64(int64(v)) {
			return int64(v)
		}
	}
	return def
}

// BoolOption returns the boolean rule option name, or def when it is
// absent or not a boolean.
func (p *Pass) BoolOption(name string, def bool) bool {
	if v, ok := p.Options[name].(bool); ok {
		return v
	}
	return def
}
