extension BlockCaptionWords {
    public static let en = BlockCaptionWords(
        seed: "{0} = 1   (the seed)",
        seedEveryEntry: "{0} = 1 in every entry   (the seed: the derivative of the sum of {1}'s entries)",
        forwardDone: "done: {0} {0|block|blocks} computed in one forward sweep",
        reverseDone: "done: {0} from one reverse sweep ({1} block {1|edge|edges})",
        keepsInputAndWeights: "its input {0} and {1}: {2} needs {0}, {3} needs {1}",
        keepsSoftmax: "its local partials {0}, from softmax({1}) and {2}"
    )
}
