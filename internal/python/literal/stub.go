package literal

func ReprStr(s string) string    { return "'" + s + "'" }
func ReprBytes(b []byte) string  { return "b'" + string(b) + "'" }
func ReprFloat(f float64) string { return "" }
func ReprImag(f float64) string  { return "" }
