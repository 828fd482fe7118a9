extension TerminalWords {
    public static let zh = TerminalWords(
        notATerminal: "探索器需要一个交互式终端：运行时不要重定向它的输入或输出。",
        dumbTerminal: "终端类型 {0} 无法显示全屏界面：请设置 TERM，例如 TERM=xterm-256color。",
        unknownTerminal: "curses 不认识终端类型 {0}：请把 TERM 设为已知的类型，例如 TERM=xterm-256color。",
        unset: "（未设置）",
        inputClosed: "终端的输入已关闭。"
    )
}
