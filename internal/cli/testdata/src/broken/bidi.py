# A Trojan Source line: the bidi override must not reach the terminal.
name = "café" ‮ +
