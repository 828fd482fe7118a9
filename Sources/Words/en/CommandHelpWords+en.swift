extension CommandHelpWords {
    public static let en = CommandHelpWords(
        graphtutorAbstract: "Watch backpropagation happen on computational graphs.",
        graphtutorDiscussion: "With no subcommand, opens the home screen: the lessons, your progress, the explorer and the quiz.",
        homeAbstract: "Open the home screen: the lessons, your progress, the explorer and the quiz.",
        homeDiscussion: "The lesson to continue is selected. When standard output is not a terminal, prints the list of lessons instead.",
        lessonAbstract: "Play a lesson, from where you left it.",
        lessonDiscussion: """
            Without a number, plays the lesson to continue. With --plain, or when standard output \
            is not a terminal, prints the lesson as text, step by step, with its numbers and an \
            ASCII drawing of the graph.

            Examples:
              graphtutor lesson 4
              graphtutor lesson 4 --plain | less
            """,
        lessonNumber: "The lesson's number (default: the lesson to continue).",
        plainLesson: "Print the lesson as text instead of playing it.",
        quizAbstract: "Take a quiz: fresh questions on every idea of the course, graded, with worked solutions.",
        quizDiscussion: """
            Each question is asked on a fresh small graph (or is one of the lessons' own \
            predictions); the same --seed gives the same quiz, given the same record of past \
            quizzes, since the topics lean towards those you have most often missed. Type a \
            number (2, -0.5, 1/2, 2*3 + 1) or, for multiple choice, a letter; h takes a hint, \
            which halves the points.

            With --plain, or when standard input or output is not a terminal, the questions are \
            printed with an ASCII drawing of their graph and the answers read one a line; the \
            end of the input ends the quiz with the score so far.

            Examples:
              graphtutor quiz
              graphtutor quiz --topic adjoint,tangent --count 5
              printf '6\\n5\\n' | graphtutor quiz --plain --seed 1 --count 2
            """,
        seed: "The seed the questions are drawn from (default: a random one).",
        count: "How many questions to ask.",
        topic: "Ask only these topics, comma-separated (see --list-topics).",
        listTopics: "List the topics, one a line, and exit.",
        plainQuiz: "Print the questions and read the answers as lines of text.",
        exploreAbstract: "Explore a graph with the keyboard, stepping through every pass.",
        exploreDiscussion: """
            With no graph, opens the source material's example at a = 2, b = 1. Press ? inside for \
            the keys. When standard output is not a terminal, or TERM is dumb, prints what \
            'graphtutor eval' prints instead.
            """,
        exploreExpression: "The graph, as text; '-' reads standard input, '@FILE' reads a file (default: the source example).",
        evalAbstract: "Evaluate a graph and show its derivatives by paths, forward mode, reverse mode and numerically.",
        evalDiscussion: """
            Examples:
              graphtutor eval "c = a + b; d = b + 1; e = c * d" --at a=2,b=1
              graphtutor eval @net.txt --json
              graphtutor eval "y = sigmoid(w * x)" --at w=0.5,x=2 --trace reverse
            """,
        evalExpression: "The graph, as text such as 'c = a + b; d = b + 1; e = c * d'; '-' reads standard input, '@FILE' reads a file.",
        wrt: "Take derivatives with respect to these inputs only, separated by commas (default: all inputs).",
        json: "Print the report as JSON.",
        expandAffine: "In an array graph, build each affine(x, W, b) as its parts: x @ W, b repeated to every row, and their sum.",
        tangents: "With --json and every input, give every node's tangent from each input, not only the outputs' (inputs × nodes numbers; --wrt always gives them).",
        trace: "Print the steps of one pass: {0}.",
        dot: "Print the graph in Graphviz DOT, with values and partials.",
        learningRate: "Also take one gradient-descent step with this learning rate, after the tables: the output is the loss, the --wrt inputs (default: all) the parameters.",
        at: "Input values, as NAME=NUMBER separated by commas: --at a=2,b=1.",
        output: "The output node or nodes, separated by commas (default: the last name assigned a computation).",
        ascii: "Draw with ASCII characters only (automatic under a non-UTF-8 locale).",
        lessons: "Load the course from DIR instead of the built-in one.",
        lang: "The language: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG starts with zh, else en).",
        lessonsAbstract: "Work on the course's lesson files.",
        checkAbstract: "Check every lesson against the engine: graphs, passes, nodes, placeholders and typed numbers.",
        checkDiscussion: """
            Prints each problem as FILE:LINE: MESSAGE on standard error and a one-line summary; \
            exits with status 0 when every lesson passes, 1 when one does not, and 2 when DIR \
            cannot be read.

            Examples:
              graphtutor lessons check             # the course built into the program
              graphtutor lessons check lessons/    # the lesson files of a folder
            """,
        checkDirectory: "The folder of lesson files (NN-name.yaml) to check (default: the built-in course).",
        progressAbstract: "Show which lessons are done and how your quizzes went, or reset them.",
        progressDiscussion: """
            Progress is kept in $XDG_DATA_HOME/graphtutor/progress.json (by default \
            ~/.local/share/graphtutor/progress.json).

            Examples:
              graphtutor progress                  # every lesson: done, step N of M, or new; quizzes
              graphtutor progress --reset 4        # forget lesson 4, after asking
              graphtutor progress --reset --yes    # forget every lesson and quiz, without asking
            """,
        reset: "Clear the progress of every lesson and the quiz results, or of LESSON only; asks first.",
        resetLesson: "With --reset: the lesson to clear, by number (4) or id (04-computational-graphs).",
        yes: "With --reset: do not ask for confirmation."
    )
}
